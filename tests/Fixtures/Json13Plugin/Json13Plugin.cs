using Newtonsoft.Json;
using Processor.Abstractions;

namespace Json13Plugin;

/// <summary>Tags each document with the Newtonsoft.Json version it actually loaded, serialised with that library.</summary>
public sealed class Json13Plugin : ProcessorPlugin<Json13Plugin.Options>
{
    public sealed class Options;

    public override string Id => "json13";

    public override string Description => "fixture: uses Newtonsoft.Json 13.x";

    protected override IStage CreateStage(Options options, IPluginContext context) => new Stage();

    private sealed class Stage : IDocumentStage
    {
        public Document Process(Document document, SourceText source, IStageContext context)
        {
            var version = typeof(JsonConvert).Assembly.GetName().Version!.Major.ToString();
            return document with { Tags = document.Tags.Add(new Tag("json13.newtonsoft", JsonConvert.SerializeObject(new { major = version }))) };
        }
    }
}
