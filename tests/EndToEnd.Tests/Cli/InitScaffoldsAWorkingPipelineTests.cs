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

        Assert.True(Directory.Exists(Path.Combine(_folder, "docs")));   // what it tells the user to fill exists
        // Its comments point at help the installed tool carries, not at files of the repository.
        var pipeline = File.ReadAllText(Path.Combine(_folder, "pipeline.yaml"));
        Assert.Contains("processor docs configuration", pipeline);
        Assert.DoesNotContain("docs/configuration.md", pipeline);
        File.Copy(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt"), Path.Combine(_folder, "docs", "article.txt"));
        File.WriteAllText(Path.Combine(_folder, "docs", "page.html"),
            "<html><body><article><p>A page saved beside the text files is read as well, since the inputs name every format.</p></article></body></html>");
        var run = ToolRun.Start(_folder, "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_folder, "out", "digest.html")));
        Assert.Contains("2 input file(s)", run.Stderr);
    }

    [Fact]
    public void AReadableFileNoInputMatchesIsPointedOutAndAnUnreadableOneIsReportedAsSkipped()
    {
        File.WriteAllText(Path.Combine(_folder, "pipeline.yaml"), """
            version: 1
            inputs: ["docs/*.txt"]
            state: none
            pipeline:
              - use: splitter
              - use: renderer
                with: { formats: [json] }
            output: out
            """);
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        File.Copy(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt"), Path.Combine(_folder, "docs", "article.txt"));
        File.WriteAllText(Path.Combine(_folder, "docs", "page.html"), "<p>Left out by the pattern.</p>");
        var run = ToolRun.Start(_folder, "run");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("match no input (e.g. docs/page.html)", run.Stderr);
        Assert.Contains("docs/*.html", run.Stderr);
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
