using Processor.Abstractions;

namespace FailingPlugin;

/// <summary>Throws for every document that contains "FAIL-ME"; all other documents pass through.</summary>
public sealed class FailingPlugin : ProcessorPlugin<FailingPlugin.Options>
{
    public sealed class Options;

    public override string Id => "fails-on-marker";

    public override string Description => "fixture: throws on documents containing FAIL-ME";

    protected override IStage CreateStage(Options options, IPluginContext context) => new Stage();

    private sealed class Stage : IDocumentStage
    {
        public Document Process(Document document, SourceText source, IStageContext context) =>
            source.TextOf(document.Span).Contains("FAIL-ME", StringComparison.Ordinal)
                ? throw new InvalidOperationException("fixture failure on a marked document")
                : document;
    }
}
