using Processor.Abstractions;

namespace BadSpanPlugin;

/// <summary>Rewrites the first sentence's text without changing its span: the host must reject it.</summary>
public sealed class BadSpanPlugin : ProcessorPlugin<BadSpanPlugin.Options>
{
    public sealed class Options;

    public override string Id => "bad-span";

    public override string Description => "fixture: emits a sentence whose text does not match its span";

    protected override IStage CreateStage(Options options, IPluginContext context) => new Stage();

    private sealed class Stage : IDocumentStage
    {
        public Document Process(Document document, SourceText source, IStageContext context) =>
            document.Sentences.IsEmpty
                ? document
                : document with { Sentences = document.Sentences.SetItem(0, document.Sentences[0] with { Text = "rewritten text" }) };
    }
}
