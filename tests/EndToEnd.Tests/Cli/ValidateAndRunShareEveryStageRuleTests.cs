using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

/// <summary>
/// Every rule about stage kinds and order lives in the planner, which both commands reach: a pipeline that breaks one
/// fails <c>validate</c> and <c>run</c> alike, exit 1, with the same located message and nothing written.
/// </summary>
public sealed class ValidateAndRunShareEveryStageRuleTests
{
    [Theory]
    [InlineData("tagger-after-deduplicator.yaml", "pipeline.yaml(6,10): error: plugin 'tagger' works per file or document, so it must come before every whole-corpus stage (move it above 'deduplicator')")]
    [InlineData("two-splitters.yaml", "pipeline.yaml(5,10): error: plugin 'splitter' splits files, but an earlier stage already does; keep one splitter")]
    [InlineData("tagger-before-splitter.yaml", "pipeline.yaml(4,10): error: plugin 'tagger' works on documents, so a splitter (e.g. '- use: splitter') must come before it")]
    [InlineData("deduplicator-after-renderer.yaml", "pipeline.yaml(6,10): error: plugin 'deduplicator' works on the whole corpus, so it must come before every output stage (outputs see the final corpus; move it above 'renderer')")]
    [InlineData("no-splitter.yaml", "pipeline.yaml(4,5): error: the pipeline has no stage that reads files; add '- use: splitter' first")]
    [InlineData("stageless-plugin.yaml", "pipeline.yaml(5,10): error: plugin 'stageless' made a stage of type MarkerOnlyStage, which implements none of ISourceStage, IDocumentStage, ICorpusStage or IOutputStage")]
    public void BothCommandsRefuseThePipelineWithTheSameLocatedMessage(string pipeline, string expected)
    {
        using var copy = new SeedCopy();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "ordering", pipeline), copy.Pipeline, overwrite: true);
        var plugins = Repo.TestPlugin("StagelessPlugin");

        var validate = ToolRun.Start(copy.Path, "validate", "pipeline.yaml", "--plugins", plugins);
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--plugins", plugins);

        foreach (var result in new[] { validate, run })
        {
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(expected, result.Stderr);
            Assert.DoesNotContain("   at ", result.Stderr);
        }
        Assert.False(Directory.Exists(copy.Output));
        Assert.False(Directory.Exists(Path.Combine(copy.Path, ".processor")));
    }
}
