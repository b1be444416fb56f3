using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// The paraphrase level: two sources that state one thing in other words are one claim (match <c>paraphrase</c>);
/// a sentence that adds a fact, states other figures or another fact of the story stays apart. Cases in
/// TestData/same-statement-pairs.tsv.
/// </summary>
public sealed class SameStatementInOtherWordsTests
{
    public static TheoryData<string, string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "same-statement-pairs.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3]);
        }
        return data;
    }

    /// <summary>Both sentences among other sentences of their stories, so that term weights are those of a real corpus.</summary>
    private static Corpus Run(string first, string second)
    {
        ImmutableArray<Claim> claims =
        [
            Dedup.Claim(first, "a", 0),
            Dedup.Claim(second, "b", 0),
            .. Dedup.RaidStory.Select((t, i) => Dedup.Claim(t, "c", 200 * (i + 1))),
        ];
        return Dedup.Run(claims);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void PairsAreMergedOrKeptApartAsExpected(string expected, string first, string second, string why)
    {
        var corpus = Run(first, second);
        var merged = corpus.Claims.Any(c => c.Attributions.Select(a => a.SourceId).Distinct().Count() == 2);
        Assert.True(merged == (expected == "merge"), $"expected {expected} ({why})");
    }

    [Fact]
    public void AMergedParaphraseSaysHowItMatchedAndHowSimilarItIs()
    {
        var corpus = Run("Two people were killed when the footbridge collapsed near the station, police said.",
            "Police said the collapse of the footbridge near the station killed two people.");
        var claim = corpus.Claims.Single(c => c.Attributions.Length == 2);
        Assert.Equal(MatchKind.Exact, claim.Attributions[0].Match);
        Assert.Equal(MatchKind.Paraphrase, claim.Attributions[1].Match);
        Assert.InRange(claim.Attributions[1].Similarity, 0.77, 1.0);
        Assert.Contains(corpus.Merges, m => m.Method == MatchKind.Paraphrase);
    }

    [Fact]
    public void WithTheParaphraseLevelOffRewordedClaimsStayApart()
    {
        ImmutableArray<Claim> claims =
        [
            Dedup.Claim("Two people were killed when the footbridge collapsed near the station, police said.", "a", 0),
            Dedup.Claim("Police said the collapse of the footbridge near the station killed two people.", "b", 0),
        ];
        Assert.Equal(2, Dedup.Run(claims, new DeduplicatorOptions { Paraphrase = false }).Claims.Length);
    }
}
