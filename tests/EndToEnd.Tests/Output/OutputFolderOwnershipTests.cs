using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Output;

/// <summary>
/// Processor replaces its output folder on every run, so it refuses, before anything runs, an output that names a
/// folder it did not write or one that overlaps what the run reads or keeps: every file that was there stays.
/// </summary>
public sealed class OutputFolderOwnershipTests
{
    [Theory]
    [InlineData("../precious")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("corpus")]
    [InlineData("out/{date:'../../../x'}")]
    [InlineData("out/{date:yyyy/MM/dd}")]
    public void AnOutputThatWouldDeleteUserFilesIsRefusedWithALocatedErrorAndEveryFileSurvives(string output)
    {
        using var project = new UserProject();
        project.WritePipeline(output);
        var before = project.Snapshot();

        var run = project.Run();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(@"pipeline\.yaml\(8,9\): error: ", run.Stderr);
        Assert.Contains("nothing was written", run.Stderr);
        Assert.Equal(before, project.Snapshot());
        Assert.Empty(Directory.EnumerateFiles(project.Root, "digest.*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnAbsoluteOutputOutsideTheProjectHoldingUserFilesIsRefused()
    {
        using var project = new UserProject();
        project.WritePipeline(project.Precious);
        var before = project.Snapshot();

        var run = project.Run();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("was not written by Processor", run.Stderr);
        Assert.Equal(before, project.Snapshot());
    }

    [Theory]
    [InlineData("../precious", "was not written by Processor")]
    [InlineData(".", "would hold the pipeline file itself")]
    [InlineData("corpus", "contains what input 'corpus/*.txt' reads")]
    public void ValidateReportsTheSameErrorsAsRun(string output, string message)
    {
        using var project = new UserProject();
        project.WritePipeline(output);

        var validate = ToolRun.Start(project.Project, "validate", "pipeline.yaml");
        var run = project.Run();

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains(message, validate.Stderr);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public void AFolderProcessorWroteIsReplacedAsBefore()
    {
        using var project = new UserProject();
        project.WritePipeline("out");
        Assert.Equal(0, project.Run().ExitCode);
        var out_ = Path.Combine(project.Project, "out");
        Assert.True(File.Exists(Path.Combine(out_, ".processor-digest")));
        File.WriteAllText(Path.Combine(out_, "stale.json"), "{}");

        var again = project.Run();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.False(File.Exists(Path.Combine(out_, "stale.json")));
        Assert.True(File.Exists(Path.Combine(out_, "digest.json")));
    }

    [Fact]
    public void AnEmptyExistingFolderOrAnOlderProcessorsDigestIsAccepted()
    {
        using var project = new UserProject();
        Directory.CreateDirectory(Path.Combine(project.Project, "empty"));
        Directory.CreateDirectory(Path.Combine(project.Project, "legacy"));
        File.WriteAllText(Path.Combine(project.Project, "legacy", "digest.json"), "{}");
        File.WriteAllText(Path.Combine(project.Project, "legacy", "digest.md"), "# old");

        project.WritePipeline("empty");
        var intoEmpty = project.Run();
        project.WritePipeline("legacy");
        var intoLegacy = project.Run();

        Assert.True(intoEmpty.ExitCode == 0, intoEmpty.ToString());
        Assert.True(intoLegacy.ExitCode == 0, intoLegacy.ToString());
        Assert.False(File.Exists(Path.Combine(project.Project, "legacy", "digest.md")));
    }

    [Fact]
    public void RetentionLeavesAUsersOwnDatedLookingFolderAlone()
    {
        using var project = new UserProject();
        var mine = Path.Combine(project.Project, "out", "20200101-000000-000");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "digest.html"), "<p>my own page, not Processor's</p>");
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "mine");
        project.WritePipeline("out/{date:yyyyMMdd-HHmmss-fff}", "keep: 2");

        for (var i = 0; i < 3; i++)
        {
            var run = project.Run();
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        Assert.True(File.Exists(Path.Combine(mine, "notes.txt")));
        var digests = Directory.GetDirectories(Path.Combine(project.Project, "out"))
            .Where(d => File.Exists(Path.Combine(d, ".processor-digest")) && Path.GetFileName(d) != "latest").ToList();
        Assert.Equal(2, digests.Count);
    }

    [Fact]
    public void ResetStateNeverRemovesAFileThatIsNotAProcessorState()
    {
        using var project = new UserProject();
        project.WritePipeline("out", "state: ../precious/thesis.txt");
        var before = project.Snapshot();

        var run = project.Run("--reset-state");

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("removes only Processor's own state", run.Stderr);
        Assert.Equal(before, project.Snapshot());
    }
}
