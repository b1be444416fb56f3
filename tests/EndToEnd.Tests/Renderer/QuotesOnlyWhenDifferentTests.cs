using System.Text;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Renderer;

/// <summary>
/// <c>json_quotes: when-different</c> leaves out the quotes that repeat the claim's text, and provenance still
/// holds: the bytes at every span decode to the quote, or to the claim's text where the quote is left out.
/// </summary>
public sealed class QuotesOnlyWhenDifferentTests
{
    [Fact]
    public void QuotesEqualToTheClaimAreLeftOutAndEverySpanStillDecodesToItsText()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("      formats: [html, markdown, json]", "      formats: [json]\n      json_quotes: when-different"));
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(copy.Output);
        var files = json.RootElement.GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => File.ReadAllBytes(Path.Combine(copy.Path, s.GetProperty("path").GetString()!)));
        int without = 0, with = 0;
        foreach (var claim in json.RootElement.GetProperty("claims").EnumerateArray())
        foreach (var a in claim.GetProperty("attributions").EnumerateArray())
        {
            var span = a.GetProperty("span");
            var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
            var text = Encoding.UTF8.GetString(files[a.GetProperty("source").GetString()!], start, end - start);
            if (a.TryGetProperty("quote", out var quote))
            {
                with++;
                Assert.Equal(quote.GetString(), text);
                Assert.NotEqual(claim.GetProperty("text").GetString(), text);
            }
            else
            {
                without++;
                Assert.Equal(claim.GetProperty("text").GetString(), text);
            }
        }
        Assert.True(without > 100 && with > 0, $"{without} quotes left out, {with} kept");
    }

    [Fact]
    public void AnUnknownValueIsALocatedConfigurationError()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("      formats: [html, markdown, json]", "      formats: [json]\n      json_quotes: some"));
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json_quotes", run.Stderr);
        Assert.Contains("use all or when-different", run.Stderr);
    }
}
