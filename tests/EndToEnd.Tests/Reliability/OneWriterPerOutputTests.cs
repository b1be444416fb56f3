using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>Two runs writing one output folder (two pipelines, or runs without a state): one writes, the other exits 4 at once.</summary>
public sealed class OneWriterPerOutputTests
{
    [Fact]
    public async Task ASecondRunOnTheSameOutputExitsWithFourAndLeavesTheFirstAlone()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(Path.Combine(copy.Path, "hanging.yaml"), File.ReadAllText(copy.Pipeline)
            .Replace("pipeline:\n", $"plugin_paths: [\"{Repo.TestPlugin("HangingPlugin")}\"]\nstate: none\npipeline:\n")
            .Replace("  - use: deduplicator", "  - use: hangs\n  - use: deduplicator"));
        File.WriteAllText(Path.Combine(copy.Path, "other.yaml"), File.ReadAllText(copy.Pipeline).Replace("pipeline:\n", "state: .processor/other.db\npipeline:\n"));
        using var first = new RunningTool(copy.Path, null, "run", "hanging.yaml");
        await first.WaitForAsync("stages:");

        var second = ToolRun.Start(copy.Path, "run", "other.yaml");

        Assert.Equal(4, second.ExitCode);
        Assert.Contains("another run is writing this output folder", second.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }
}
