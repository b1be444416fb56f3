using System.Diagnostics;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.State;

/// <summary>Kills, concurrent runs and damaged state files never corrupt anything or lose the previous digest.</summary>
public sealed class SafeUnderCronTests
{
    private static string StatePath(SeedCopy copy) => Path.Combine(copy.Path, ".processor", "pipeline.db");

    private static string HangingPipeline(SeedCopy copy)
    {
        var path = Path.Combine(copy.Path, "hanging.yaml");
        File.WriteAllText(path, File.ReadAllText(copy.Pipeline)
            .Replace("pipeline:\n", $"plugin_paths: [\"{Repo.TestPlugin("HangingPlugin")}\"]\npipeline:\n")
            .Replace("  - use: deduplicator", "  - use: hangs\n  - use: deduplicator")
            // The same state as pipeline.yaml, whose runs these tests start beside it.
            + "\nstate: .processor/pipeline.db\n");
        return path;
    }

    private static Process StartHanging(SeedCopy copy)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = copy.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Repo.ToolDll, "run", HangingPipeline(copy) }) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    private static async Task WaitForStderr(Process process, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            if (line.Contains(text)) return;
        throw new InvalidOperationException($"the run never printed '{text}'");
    }

    [Fact]
    public async Task KillingARunMidwayLeavesThePreviousDigestAndStateAndTheNextRunSucceeds()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var digest = File.ReadAllBytes(Path.Combine(copy.Output, "digest.json"));
        var runsBefore = StateFile.Scalar(StatePath(copy), "SELECT count(*) FROM runs WHERE outcome = 'succeeded'");

        using (var run = StartHanging(copy))
        {
            await WaitForStderr(run, "stages: splitter");
            await Task.Delay(1000);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }

        Assert.Equal(digest, File.ReadAllBytes(Path.Combine(copy.Output, "digest.json")));
        Assert.Equal("ok", StateFile.IntegrityCheck(StatePath(copy)));
        Assert.Equal(runsBefore, StateFile.Scalar(StatePath(copy), "SELECT count(*) FROM runs WHERE outcome = 'succeeded'"));

        var next = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal("1", StateFile.Scalar(StatePath(copy), "SELECT count(*) FROM runs WHERE outcome = 'interrupted'"));
    }

    [Fact]
    public async Task ASecondRunOnTheSameStateExitsAtOnceWithCodeFour()
    {
        using var copy = new SeedCopy();
        using var first = StartHanging(copy);
        await WaitForStderr(first, "stages: splitter");

        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        first.Kill(entireProcessTree: true);
        await first.WaitForExitAsync();

        Assert.Equal(4, second.ExitCode);
        Assert.Contains("another run is using this state", second.Stderr);
        Assert.False(Directory.Exists(copy.Output));
        Assert.Equal("ok", StateFile.IntegrityCheck(StatePath(copy)));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("foreign")]
    public void AFileThatIsNotAProcessorStateIsRefusedAndNeverRemovedEvenByResetState(string kind)
    {
        using var copy = new SeedCopy();
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath(copy))!);
        if (kind == "garbage") File.WriteAllBytes(StatePath(copy), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        else
        {
            using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StatePath(copy)};Pooling=False");
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)";
            command.ExecuteNonQuery();
        }
        var bytes = File.ReadAllBytes(StatePath(copy));

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        var reset = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--reset-state");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("not a Processor state", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(5, reset.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(StatePath(copy)));
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void ADamagedProcessorStateGivesAClearErrorAndResetStateRecoversKeepingTheDamagedFileAside()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var bytes = File.ReadAllBytes(StatePath(copy));
        // Garble every page after the first (the header stays, so the file is still recognisably SQLite).
        for (var i = 4096; i < bytes.Length; i++) bytes[i] = (byte)(i * 7);
        File.WriteAllBytes(StatePath(copy), bytes);

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.Equal(5, run.ExitCode);
        Assert.Contains("--reset-state", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);

        var reset = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--reset-state");
        Assert.True(reset.ExitCode == 0, reset.ToString());
    }

    [Fact]
    public void AnEmptyStateFileIsNotSilentlyTakenForANewState()
    {
        using var copy = new SeedCopy();
        Directory.CreateDirectory(Path.GetDirectoryName(StatePath(copy))!);
        File.WriteAllBytes(StatePath(copy), []);

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        var reset = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--reset-state");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("is empty", run.Stderr);
        Assert.True(reset.ExitCode == 0, reset.ToString());
    }
}
