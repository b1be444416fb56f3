using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Reliability;

/// <summary>
/// One bad record or name never costs the digest: a line feed in a file's name cannot forge a log line, a name with a
/// backslash is written so that it finds its file again, a JSON Lines record with a lone surrogate is read (as U+FFFD),
/// and a pipeline file nested 100,000 levels deep is a located error, not a crash.
/// </summary>
public sealed class HostileNamesAndRecordsTests
{
    private static UserProject Project(string pipelineInputs = "\"corpus\"")
    {
        var project = new UserProject();
        project.WritePipeline("out", "state: none", pipelineInputs);
        return project;
    }

    [Fact]
    public void ALineFeedInAFileNameIsEscapedInTheLog()
    {
        using var project = Project();
        File.WriteAllText(Path.Combine(project.Project, "corpus", "bad\nerror: FORGED.pdf"), "not read");
        var run = project.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(run.Stderr.Split('\n'), line => line.StartsWith("error: FORGED", StringComparison.Ordinal));
        Assert.Contains("bad\\nerror: FORGED.pdf", run.Stderr);
    }

    [Fact]
    public void ANameWithABackslashIsWrittenSoThatItFindsItsFileAgain()
    {
        using var project = Project();
        File.WriteAllText(Path.Combine(project.Project, "corpus", "a\\b.txt"), "A title\n\nThe file name of this text holds a backslash, which Linux allows.\n");
        var run = project.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        using var digest = Digest.Load(Path.Combine(project.Project, "out"));
        Assert.All(digest.RootElement.GetProperty("sources").EnumerateArray(),
            s => Assert.True(File.Exists(Path.Combine(project.Project, s.GetProperty("path").GetString()!)), s.GetProperty("path").GetString()));
    }

    [Fact]
    public void AJsonLinesRecordWithALoneSurrogateIsReadAndTheDigestWritten()
    {
        using var project = Project("\"corpus/*.jsonl\"");
        File.WriteAllText(Path.Combine(project.Project, "corpus", "records.jsonl"),
            "{\"title\":\"One\",\"text\":\"A record with a broken escape \\ud800 inside it still has a sentence to read.\"}\n");
        var run = project.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\uFFFD", File.ReadAllText(Path.Combine(project.Project, "out", "digest.json")).Replace("\\uFFFD", "\uFFFD"));
    }

    [Fact]
    public void APipelineFileNestedAHundredThousandLevelsIsALocatedError()
    {
        using var project = Project();
        File.WriteAllText(project.Pipeline, "version: 1\ninputs: " + new string('[', 100_000) + new string(']', 100_000) + "\npipeline: []\n");
        var run = project.Run();
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"pipeline\.yaml\(2,\d+\): error: .*nests", run.Stderr);
    }
}
