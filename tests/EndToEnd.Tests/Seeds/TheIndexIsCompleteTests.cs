using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>
/// index/*.jsonl beside the briefing holds everything the run found, one record a line: read back, it has every
/// source, document and sentence span, every claim with every attribution (each on a sentence of its document), and
/// every document in exactly one story — the counts the briefing's overview reports.
/// </summary>
[Collection(SeedDigestCollection.Name)]
public sealed class TheIndexIsCompleteTests(SeedDigest seed)
{
    private List<JsonElement> Lines(string name) =>
        [.. File.ReadLines(Path.Combine(seed.Output, "index", name + ".jsonl")).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private JsonElement Overview
    {
        get
        {
            using var briefing = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(seed.Output, "digest.json")));
            return briefing.RootElement.GetProperty("overview").Clone();
        }
    }

    [Fact]
    public void EverySourceDocumentAndSentenceIsThere()
    {
        Assert.Equal(Overview.GetProperty("sources").GetInt32(), Lines("sources").Count);
        var documents = Lines("documents");
        Assert.Equal(Overview.GetProperty("documents").GetInt32(), documents.Count);
        Assert.Equal(Overview.GetProperty("sentences").GetInt32(), documents.Sum(d => d.GetProperty("sentences").GetArrayLength()));
    }

    [Fact]
    public void EveryClaimAndAttributionIsThereEachOnASentenceOfItsDocument()
    {
        var sentences = Lines("documents").ToDictionary(d => d.GetProperty("id").GetString()!,
            d => d.GetProperty("sentences").EnumerateArray().Select(s => (s[0].GetInt32(), s[1].GetInt32())).ToHashSet());
        var claims = Lines("claims");
        Assert.Equal(Overview.GetProperty("claims").GetInt32(), claims.Count);
        var attributions = claims.SelectMany(c => c.GetProperty("attributions").EnumerateArray()).ToList();
        Assert.Equal(Overview.GetProperty("occurrences").GetInt32(), attributions.Count);
        Assert.All(attributions, a => Assert.Contains(
            (a.GetProperty("span").GetProperty("start").GetInt32(), a.GetProperty("span").GetProperty("end").GetInt32()),
            sentences[a.GetProperty("document").GetString()!]));
        // The briefing is a part of the index: every claim it shows is in claims.jsonl.
        var ids = claims.Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.All(seed.Root.GetProperty("claims").EnumerateArray(), c => Assert.Contains(c.GetProperty("id").GetString(), ids));
    }

    [Fact]
    public void EveryDocumentIsInExactlyOneStory()
    {
        var inStories = Lines("stories").SelectMany(s => s.GetProperty("documents").EnumerateArray().Select(d => d.GetString()!)).ToList();
        Assert.Equal(inStories.Count, inStories.Distinct().Count());
        Assert.Equal(Lines("documents").Select(d => d.GetProperty("id").GetString()!).Order(), inStories.Order());
    }

    [Fact]
    public void TheIndexIsSmallerThanTheCorpus()
    {
        var index = Directory.EnumerateFiles(Path.Combine(seed.Output, "index")).Sum(f => new FileInfo(f).Length);
        var corpus = Lines("sources").Sum(s => s.GetProperty("bytes").GetInt64());
        Assert.True(index < 10 * corpus, $"index {index:N0} bytes for a corpus of {corpus:N0}");
    }
}
