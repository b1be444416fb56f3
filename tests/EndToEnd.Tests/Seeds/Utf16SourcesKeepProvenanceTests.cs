using System.Text;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>A UTF-16 copy of a seed is split like the original, with spans into its UTF-16 bytes.</summary>
public sealed class Utf16SourcesKeepProvenanceTests
{
    [Fact]
    public void AUtf16CopyOf003GivesTheSameArticlesWithSpansIntoItsOwnBytes()
    {
        using var copy = new SeedCopy();
        var original = File.ReadAllText(Path.Combine(Repo.Seeds, "003_3cdb182bcd0997ce.txt"));
        var utf16 = Path.Combine(copy.Path, "005_utf16_copy_of_003.txt");
        File.WriteAllBytes(utf16, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(original)]);

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(copy.Output);
        var id = json.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("path").GetString()!.StartsWith("005")).GetProperty("id").GetString();
        Assert.Equal(9, json.RootElement.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("source").GetString() == id));

        var bytes = File.ReadAllBytes(utf16);
        var checkedQuotes = 0;
        foreach (var claim in json.RootElement.GetProperty("claims").EnumerateArray())
        foreach (var a in claim.GetProperty("attributions").EnumerateArray().Where(a => a.GetProperty("source").GetString() == id))
        {
            var span = a.GetProperty("span");
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            Assert.Equal(Digest.QuoteOf(claim, a), Encoding.Unicode.GetString(bytes, start, end - start));
            checkedQuotes++;
        }
        Assert.True(checkedQuotes > 5, $"{checkedQuotes} quotes from the UTF-16 file");

        // The HTML passage view decodes the surrounding UTF-16 text too (no mojibake around the highlight).
        var html = File.ReadAllText(Path.Combine(copy.Output, "digest.html"));
        Assert.False(html.Contains('\0'), "NUL characters in the HTML");
        Assert.False(html.Contains('\uFFFD'), "replacement characters in the HTML");
    }
}
