using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

/// <summary>What a run prints for cron mail and log collectors.</summary>
public sealed class LogFormatsTests
{
    [Fact]
    public void JsonLogsAreOneObjectPerLine()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("info", JsonDocument.Parse(l).RootElement.GetProperty("level").GetString()));
    }

    [Fact]
    public void QuietPrintsNothingButTheDigestLocationOnSuccess()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--quiet");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("Digest written to", run.Stdout);
    }

    [Fact]
    public void AnInvalidScheduleIsAClearErrorNotAWait()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--every", "every morning");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--every: error: 'every morning' is not a cron expression", run.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }
}
