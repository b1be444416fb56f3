using System.Diagnostics;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>
/// What an input folder can hold besides files: a symbolic-link loop, a link to /dev/zero, a named pipe, a folder no one
/// may read. Each is reported as a located skip and the run goes on, in seconds and in little memory.
/// </summary>
public sealed class SpecialInputsAreSkippedTests
{
    private static UserProject ProjectWithCorpusFolder()
    {
        var project = new UserProject();
        project.WritePipeline("out", "state: none", "\"corpus\"");
        return project;
    }

    private static void Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("sh", ["-c", command]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Theory]
    [InlineData("loop", "ln -s .. corpus/loop", "a symbolic link loop")]
    [InlineData("dev-zero", "ln -s /dev/zero corpus/zero.txt", "character device")]
    [InlineData("fifo", "mkfifo corpus/pipe.txt", "named pipe")]
    public void ASpecialInputIsSkippedWithItsReasonAndTheRunGoesOn(string kind, string make, string reason)
    {
        using var project = ProjectWithCorpusFolder();
        Shell($"cd '{project.Project}' && {make}");
        var watch = Stopwatch.StartNew();

        var run = project.Run();

        Assert.True(run.ExitCode == 0, $"{kind}: {run}");
        Assert.Contains(reason, run.Stderr);
        Assert.Contains("skipped", run.Stderr);
        Assert.True(File.Exists(Path.Combine(project.Project, "out", "digest.json")));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "a special input must not hang the run");   // a hang guard, not a speed test
    }

    [SkippableFact]
    public void AFolderNoOneMayReadIsAWarningNotAnInternalError()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/setpriv") && Environment.UserName == "root",
            "needs root and setpriv to run the tool as a user who cannot read the folder");
        using var project = ProjectWithCorpusFolder();
        Shell($"cd '{project.Project}' && mkdir corpus/secret && echo 'Not readable at all here.' > corpus/secret/x.txt && chmod -R a+rwX '{project.Root}' && chmod 000 corpus/secret");

        var run = ToolRun.Exec("setpriv", project.Project,
            ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Repo.ToolDll, "run", "pipeline.yaml"],
            environment: new Dictionary<string, string> { ["HOME"] = project.Root, ["DOTNET_CLI_HOME"] = project.Root });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("corpus/secret: warning: skipped: the folder cannot be read", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
    }
}
