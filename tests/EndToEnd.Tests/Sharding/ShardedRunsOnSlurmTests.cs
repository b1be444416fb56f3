using System.Text.RegularExpressions;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Sharding;

/// <summary>
/// The Slurm recipe on a real (one-node) Slurm cluster: scripts/slurm/submit.sh submits three map jobs as an array and a
/// reduce that depends on them; the digest the reduce writes equals an ordinary run's. Skipped, with the reason, where
/// no Slurm cluster can be started (scripts/slurm/start-one-node-cluster.sh needs root and Debian's packages).
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class ShardedRunsOnSlurmTests
{
    [SkippableFact]
    public void AMapArrayAndADependentReduceWriteTheDigestOfOneRun()
    {
        var cluster = ToolRun.Exec("bash", Repo.Root, [Path.Combine("scripts", "slurm", "start-one-node-cluster.sh")], TimeSpan.FromMinutes(10));
        if (Environment.GetEnvironmentVariable("PROCESSOR_REQUIRE_SLURM") == "1") Assert.True(cluster.ExitCode == 0, cluster.ToString());
        Skip.If(cluster.ExitCode != 0, $"no Slurm cluster could be started: {cluster.Stderr.Trim()}");

        using var single = ShardedRunsEqualASingleRunTests.Corpus();
        using var sharded = ShardedRunsEqualASingleRunTests.Corpus();
        Assert.Equal(0, ToolRun.Start(single.Path, "run", "pipeline.yaml").ExitCode);

        var submit = ToolRun.Exec("bash", sharded.Path, [Path.Combine(Repo.Root, "scripts", "slurm", "submit.sh"), "pipeline.yaml", "3"],
            environment: new Dictionary<string, string> { ["PROCESSOR"] = $"dotnet {Repo.ToolDll}" });
        Assert.True(submit.ExitCode == 0, submit.ToString());
        var map = JobId().Match(submit.Stdout, submit.Stdout.IndexOf("map ", StringComparison.Ordinal)).Groups[1].Value;
        var reduce = JobId().Match(submit.Stdout, submit.Stdout.IndexOf("reduce ", StringComparison.Ordinal)).Groups[1].Value;

        var state = WaitForJob(reduce, TimeSpan.FromMinutes(10));
        Assert.True(state == "COMPLETED", $"reduce job {reduce}: {state}\n{Logs(sharded)}");
        Assert.Equal(3, Directory.GetFiles(Path.Combine(sharded.Path, ".processor", "slurm-logs"), $"map-{map}-*.log").Length);
        DigestIndex.AssertEqual(single.Output, sharded.Output);
    }

    /// <summary>Polls <c>scontrol show job</c> until the job ends; returns its final state.</summary>
    private static string WaitForJob(string id, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var show = ToolRun.Exec("scontrol", Path.GetTempPath(), ["show", "job", id]);
            var state = JobState().Match(show.Stdout).Groups[1].Value;
            if (state is "COMPLETED" or "FAILED" or "CANCELLED" or "TIMEOUT" or "NODE_FAIL" or "OUT_OF_MEMORY") return state;
            Thread.Sleep(1000);
        }
        return "still running after " + timeout;
    }

    private static string Logs(SeedCopy copy)
    {
        var folder = Path.Combine(copy.Path, ".processor", "slurm-logs");
        return Directory.Exists(folder) ? string.Join("\n", Directory.GetFiles(folder).Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}")) : "(no logs)";
    }

    [GeneratedRegex(@"(\d+)")]
    private static partial Regex JobId();

    [GeneratedRegex(@"JobState=(\w+)")]
    private static partial Regex JobState();
}
