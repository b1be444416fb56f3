using Processor.Abstractions;

namespace HangingPlugin;

/// <summary>Never returns (and ignores cancellation): a stage timeout must stop the run cleanly.</summary>
public sealed class HangingPlugin : ProcessorPlugin<HangingPlugin.Options>
{
    public sealed class Options;

    public override string Id => "hangs";

    public override string Description => "fixture: blocks forever";

    protected override IStage CreateStage(Options options, IPluginContext context) => new Stage();

    private sealed class Stage : IDocumentStage
    {
        public Document Process(Document document, SourceText source, IStageContext context)
        {
            Thread.Sleep(Timeout.Infinite);
            return document;
        }
    }
}
