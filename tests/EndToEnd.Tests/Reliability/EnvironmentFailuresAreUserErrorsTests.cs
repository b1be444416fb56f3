using System.Diagnostics;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>
/// A damaged state, a read-only state folder, a full disk, an output nobody may write: each ends with a clear message
/// naming the place and what to do, and a documented exit code (5 for the state, 1 otherwise) — never "internal error",
/// never a changed damaged file, never a lost previous digest. Read-only and full disks are small tmpfs mounts, made
/// where the machine allows it (root in a container that may mount); elsewhere those tests are skipped.
/// </summary>
public sealed class EnvironmentFailuresAreUserErrorsTests
{
    private static string StatePath(SeedCopy copy) => Path.Combine(copy.Path, ".processor", "pipeline.db");

    private static bool Sh(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    [Fact]
    public void AGarbledDateInTheStateIsADamagedStateAndTheFileIsLeftAsItWas()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StatePath(copy)};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE seen_times SET at = 'the 31st of Smarch' WHERE run = (SELECT min(run) FROM seen_times)";
            command.ExecuteNonQuery();
        }
        var bytes = File.ReadAllBytes(StatePath(copy));
        var digest = File.ReadAllBytes(Path.Combine(copy.Output, "digest.json"));

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("damaged", run.Stderr);
        Assert.Contains("--reset-state", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
        Assert.Equal(bytes, File.ReadAllBytes(StatePath(copy)));
        Assert.Equal(digest, File.ReadAllBytes(Path.Combine(copy.Output, "digest.json")));
    }

    [SkippableFact]
    public void AReadOnlyStateFolderSaysSoAndDoesNotAdviseResettingAHealthyState()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var folder = Path.Combine(copy.Path, ".processor");
        Skip.IfNot(Sh($"mount -o bind,ro '{folder}' '{folder}'"), "mounting a read-only folder is not allowed here");
        try
        {
            var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
            Assert.Equal(5, run.ExitCode);
            Assert.Contains("writable", run.Stderr);
            Assert.DoesNotContain("--reset-state", run.Stderr);
            Assert.DoesNotContain("another run", run.Stderr);
            Assert.DoesNotContain("internal error", run.Stderr);
        }
        finally { Sh($"umount '{folder}'"); }
    }

    [SkippableFact]
    public void AFullDiskUnderTheStateKeepsThePreviousDigestAndSaysWhatToDo()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var digest = File.ReadAllBytes(Path.Combine(copy.Output, "digest.json"));
        var disk = Path.Combine(copy.Path, "tiny");
        Directory.CreateDirectory(disk);
        Skip.IfNot(Sh($"mount -t tmpfs -o size=64k tmpfs '{disk}'"), "mounting a small disk is not allowed here");
        try
        {
            Sh($"dd if=/dev/zero of='{disk}/fill' bs=1k count=40");
            File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline) + "\nstate: tiny/state.db\n");
            File.WriteAllText(Path.Combine(copy.Path, "005_more.txt"), "More news\n\nThe council met again on Tuesday to discuss the budget for next year.\n");

            var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

            Assert.True(run.ExitCode is 5 or 1, run.ToString());
            Assert.Contains("full", run.Stderr);
            Assert.DoesNotContain("internal error", run.Stderr);
            Assert.Equal(digest, File.ReadAllBytes(Path.Combine(copy.Output, "digest.json")));
        }
        finally { Sh($"umount '{disk}'"); }
    }

    [SkippableFact]
    public void AnOutputWhoseParentIsReadOnlyIsAnErrorNamingIt()
    {
        using var copy = new SeedCopy();
        var parent = Path.Combine(copy.Path, "published");
        Directory.CreateDirectory(parent);
        Skip.IfNot(Sh($"mount -o bind,ro '{parent}' '{parent}'"), "mounting a read-only folder is not allowed here");
        try
        {
            File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("output: out", "output: published/out"));
            var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("published", run.Stderr);
            Assert.DoesNotContain("internal error", run.Stderr);
        }
        finally { Sh($"umount '{parent}'"); }
    }
}
