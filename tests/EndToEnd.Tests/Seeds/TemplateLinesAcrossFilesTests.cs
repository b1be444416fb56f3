using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>The host's first pass (ISourceObserver) lets the splitter drop lines every page of a site repeats once.</summary>
public sealed class TemplateLinesAcrossFilesTests
{
    [Fact]
    public void WithCrossSourceThresholdAPerPageLineIsRemovedEverywhere()
    {
        using var copy = new SeedCopy();
        for (var i = 1; i <= 4; i++)
            File.WriteAllText(Path.Combine(copy.Path, $"page{i}.txt"),
                $"Headline number {i} about the camp\n\nBody sentence number {i} says that the camp in Albania received {i * 100} new residents this year.\nSubscribe to our newsletter today\n");
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("      boundaries: auto", "      boundaries: auto\n      cross_source_threshold: 3"));

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = Digest.Load(copy.Output);
        Assert.Equal(4, json.RootElement.GetProperty("removed").EnumerateArray().Count(r => r.GetProperty("reason").GetString() == "repeated-across-sources"));
        Assert.DoesNotContain(json.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("Subscribe"));
    }
}
