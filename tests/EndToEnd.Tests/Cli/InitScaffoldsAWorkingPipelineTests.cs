using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

public sealed class InitScaffoldsAWorkingPipelineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("processor-init").FullName;

    [Fact]
    public void InitWritesAPipelineAndTheDefaultTemplatesThatRunOnDocuments()
    {
        var init = ToolRun.Start(_folder, "init");
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(Path.Combine(_folder, "pipeline.yaml")));
        Assert.True(File.Exists(Path.Combine(_folder, "templates", "digest.html.sbn")));
        Assert.True(File.Exists(Path.Combine(_folder, "templates", "partials", "claim.md.sbn")));

        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        File.Copy(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt"), Path.Combine(_folder, "docs", "article.txt"));
        var run = ToolRun.Start(_folder, "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_folder, "out", "digest.html")));
    }

    [Fact]
    public void InitRefusesToOverwriteWithoutForce()
    {
        Assert.Equal(0, ToolRun.Start(_folder, "init").ExitCode);
        var again = ToolRun.Start(_folder, "init");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Stderr);
    }

    [Fact]
    public void VersionAndHelpWork()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", ToolRun.Start(_folder, "--version").Stdout);
        var help = ToolRun.Start(_folder, "--help");
        foreach (var command in new[] { "run", "validate", "plugins", "init" }) Assert.Contains(command, help.Stdout);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
