using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;
using Processor.Core.Plugins;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Pipeline;

public sealed class DuplicateDocumentIdsAreRejectedTests
{
    /// <summary>A splitter that gives every file's document the same id.</summary>
    private sealed class CarelessSplitter : ProcessorPlugin<CarelessSplitter.Options>, ISourceStage
    {
        public sealed class Options;

        public override string Id => "careless";

        public override string Description => "test";

        protected override IStage CreateStage(Options options, IPluginContext context) => this;

        public SourceResult Process(SourceText source, IStageContext context) =>
            new([new Document("doc", source.File.Id, source.SpanOf(0, source.Bytes.Length))], []);
    }

    [Fact]
    public async Task TwoDocumentsWithOneIdStopTheRunNamingThePlugin()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "First file.");
        temp.Write("b.txt", "Second file.");
        var config = new PipelineConfig { FilePath = Path.Combine(temp.Path, "pipeline.yaml"), State = null };
        var plugin = new CarelessSplitter();
        var stage = new PreparedStage(new StageConfig("careless", default, null, default), new LoadedPlugin(plugin, temp.Path, new Version(1, 0), new Version(1, 0), "test"), plugin);
        var runner = new PipelineRunner(config, [stage], new PlainRunLog(TextWriter.Null));

        var e = await Assert.ThrowsAsync<StageFailedException>(() => runner.RunAsync([Path.Combine(temp.Path, "a.txt"), Path.Combine(temp.Path, "b.txt")], CancellationToken.None));
        Assert.Contains("plugin 'careless' gave the id 'doc' to 2 documents", e.Message);
    }
}
