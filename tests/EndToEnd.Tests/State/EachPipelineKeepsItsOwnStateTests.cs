using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.State;

/// <summary>
/// The default state is named after the pipeline file, so two pipelines in one folder never see each other's runs;
/// the folder-wide <c>.processor/state.db</c> of older versions is moved to the first pipeline that runs.
/// </summary>
public sealed class EachPipelineKeepsItsOwnStateTests
{
    private static string NewClaims(ToolRun run) =>
        run.Stderr.Split('\n').Single(l => l.Contains("new claim(s) since", StringComparison.Ordinal));

    [Fact]
    public void ASecondPipelineInTheFolderStartsWithItsOwnStateAndSeesEverythingAsNew()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(Path.Combine(copy.Path, "second.yaml"), File.ReadAllText(copy.Pipeline).Replace("output: out", "output: out-second"));

        var first = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "plain");
        var second = ToolRun.Start(copy.Path, "run", "second.yaml", "--log-format", "plain");
        var firstAgain = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "plain");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && firstAgain.ExitCode == 0, $"{first}\n{second}\n{firstAgain}");
        Assert.True(File.Exists(Path.Combine(copy.Path, ".processor", "pipeline.db")));
        Assert.True(File.Exists(Path.Combine(copy.Path, ".processor", "second.db")));
        // The second pipeline's first run knows nothing of the first pipeline's: every claim is new, nothing deleted.
        Assert.Equal(NewClaims(first).Split(':')[^1].Trim().Split(' ')[0], NewClaims(second).Split(':')[^1].Trim().Split(' ')[0]);
        Assert.DoesNotContain("0 new claim(s)", NewClaims(second));
        Assert.Contains("0 deleted since the last run", second.Stderr);
        // The first pipeline's second run only knows its own first run.
        Assert.Contains("0 new claim(s)", NewClaims(firstAgain));
    }

    [Fact]
    public void TheSharedStateOfAnOlderVersionIsMovedToTheFirstPipelineThatRuns()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var folder = Path.Combine(copy.Path, ".processor");
        File.Move(Path.Combine(folder, "pipeline.db"), Path.Combine(folder, "state.db"));   // as an older version left it

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "plain");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("state: moved .processor/state.db to .processor/pipeline.db", run.Stderr);
        Assert.Contains("0 new claim(s)", NewClaims(run));
        Assert.False(File.Exists(Path.Combine(folder, "state.db")));
        Assert.True(File.Exists(Path.Combine(folder, "pipeline.db")));
    }
}
