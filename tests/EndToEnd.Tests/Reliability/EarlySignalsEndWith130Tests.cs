using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>SIGTERM or SIGINT at any moment of a run, its first ones included, ends it with the documented 130.</summary>
public sealed class EarlySignalsEndWith130Tests
{
    [Theory]
    [InlineData(15, 100)]
    [InlineData(15, 400)]
    [InlineData(2, 100)]
    [InlineData(2, 400)]
    public async Task ASignalSoonAfterTheStartEndsWith130AndWritesNothing(int signal, int delayMs)
    {
        if (signal == 2) InheritedSignals.RequireSigIntDelivered();
        using var copy = new SeedCopy();
        // A stage that never finishes: the signal, not the end of the work, must end the run.
        File.WriteAllText(Path.Combine(copy.Path, "hanging.yaml"), File.ReadAllText(copy.Pipeline)
            .Replace("pipeline:\n", $"plugin_paths: [\"{Repo.TestPlugin("HangingPlugin")}\"]\npipeline:\n")
            .Replace("  - use: deduplicator", "  - use: hangs\n  - use: deduplicator"));
        using var run = new RunningTool(copy.Path, null, "run", "hanging.yaml");
        await Task.Delay(delayMs);

        var exit = await run.SignalAsync(signal);

        Assert.Equal(130, exit);
        Assert.False(Directory.Exists(copy.Output));
    }
}
