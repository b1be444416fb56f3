using Newtonsoft.Json;
using Processor.Abstractions;

namespace Json12Plugin;

/// <summary>Tags each document with the Newtonsoft.Json version it actually loaded, serialised with that library.</summary>
public sealed class Json12Plugin : ProcessorPlugin<Json12Plugin.Options>
{
    public sealed class Options;

    public override string Id => "json12";

    public override string Description => "fixture: uses Newtonsoft.Json 12.x";

    protected override IStage CreateStage(Options options, IPluginContext context) => new Stage();

    private sealed class Stage : IDocumentStage
    {
        public Document Process(Document document, SourceText source, IStageContext context)
        {
            var version = typeof(JsonConvert).Assembly.GetName().Version!.Major.ToString();
            return document with { Tags = document.Tags.Add(new Tag("json12.newtonsoft", JsonConvert.SerializeObject(new { major = version }))) };
        }
    }
}
