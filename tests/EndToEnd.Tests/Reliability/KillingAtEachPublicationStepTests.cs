using System.Text.Json;
using EndToEnd.Tests.State;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>
/// A run killed at each step (the tool's test hook PROCESSOR_PAUSE_AT stops it there: staged, committed, switched, latest) of putting its digest in place (docs/publication.md): readers always find a whole digest,
/// the state stays sound, the next run cleans up every leftover, and no claim is ever shown new twice.
/// </summary>
public sealed class KillingAtEachPublicationStepTests
{
    private const string NewSentence = "The harbour authority confirmed that seventeen ferries resumed service on Monday morning.";

    [Theory]
    [InlineData("staged", "out")]
    [InlineData("committed", "out")]
    [InlineData("switched", "out")]
    [InlineData("committed", "out/{date:yyyyMMdd-HHmmss-fff}")]
    [InlineData("switched", "out/{date:yyyyMMdd-HHmmss-fff}")]
    [InlineData("latest", "out/{date:yyyyMMdd-HHmmss-fff}")]
    public async Task AKillAtEachStepLeavesAWholeDigestASoundStateAndNoLeftovers(string step, string output)
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("output: out", $"output: {output}"));
        var first = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(first.ExitCode == 0, first.ToString());
        File.WriteAllText(Path.Combine(copy.Path, "005_news.txt"), $"Ferries return\n\n{NewSentence}\n");

        using (var run = new RunningTool(copy.Path, new Dictionary<string, string> { ["PROCESSOR_PAUSE_AT"] = step }, "run", "pipeline.yaml"))
        {
            await run.WaitForAsync($"paused at {step}");
            await run.KillAsync();
        }

        // What a reader finds right after the kill: a whole digest, never none.
        var visible = Digest(copy, output);
        Assert.True(visible.RootElement.GetProperty("claims").GetArrayLength() > 0);
        Assert.Equal("ok", StateFile.IntegrityCheck(Path.Combine(copy.Path, ".processor", "pipeline.db")));

        var next = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Empty(Leftovers(copy));
        var after = Digest(copy, output);
        var shownNew = IsNew(after);
        // Committed by the killed run: first shown (new) in its own digest, which the next start put in place; never again.
        if (step == "staged") Assert.True(shownNew, "the killed run committed nothing, so the next run shows the claim as new");
        else Assert.False(shownNew, "the killed run committed the claim; it must not be shown new a second time");
    }

    private static JsonDocument Digest(SeedCopy copy, string output)
    {
        var folder = output == "out" ? copy.Output : Path.Combine(copy.Output, "latest");
        return Support.Digest.Load(folder);
    }

    private static bool IsNew(JsonDocument digest) =>
        digest.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString() == NewSentence).GetProperty("new").GetBoolean();

    /// <summary>Hidden staging, swapped-out and half-published folders beside or inside the output.</summary>
    private static List<string> Leftovers(SeedCopy copy) =>
        [.. new[] { copy.Path, copy.Output }.Where(Directory.Exists)
            .SelectMany(d => Directory.GetDirectories(d, ".*"))
            .Where(d => Path.GetFileName(d) is not ".processor")];
}
