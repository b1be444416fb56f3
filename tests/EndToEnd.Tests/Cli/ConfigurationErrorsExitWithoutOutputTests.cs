using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

public sealed class ConfigurationErrorsExitWithoutOutputTests
{
    [Fact]
    public void AMalformedPipelineGivesLocatedErrorsExitCodeOneAndNoOutputFolder()
    {
        using var copy = new SeedCopy();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "malformed-pipeline.yaml"), copy.Pipeline, overwrite: true);

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pipeline.yaml(5,10): error: unknown plugin 'spliter'; did you mean 'splitter'?", run.Stderr);
        Assert.Contains("pipeline.yaml(8,7): error: unknown option 'treshold' for plugin 'deduplicator'; did you mean 'threshold'?", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.False(Directory.Exists(copy.Output));
        Assert.Empty(Directory.GetDirectories(copy.Path));
    }

    [Fact]
    public void ValidateChecksWithoutWriting()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "validate", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("pipeline.yaml: ok (4 stage(s), 5 input file(s))", run.Stdout);
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void AnInputThatMatchesNothingIsALocatedError()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("\"*.txt\"", "\"missing/*.txt\""));
        var run = ToolRun.Start(copy.Path, "validate", "pipeline.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"pipeline\.yaml\(\d+,\d+\): error: input 'missing/\*\.txt' matches no file", run.Stderr);
    }
}
