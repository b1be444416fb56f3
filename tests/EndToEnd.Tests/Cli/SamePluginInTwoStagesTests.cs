using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

public sealed class SamePluginInTwoStagesTests
{
    [Fact]
    public void ThePipelineMayUseOnePluginTwice()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, """
            version: 1
            inputs: ["*.txt"]
            pipeline:
              - use: splitter
              - use: tagger
              - use: tagger
                with: { gazetteer: entities.yaml }
              - use: renderer
                with: { formats: [json] }
              - use: renderer
                with: { formats: [markdown] }
            output: out
            state: none
            """);
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(copy.Output, "digest.json")));
        Assert.True(File.Exists(Path.Combine(copy.Output, "digest.md")));
    }
}
