using Processor.Abstractions;

namespace MyPlugin;

/// <summary>The entry point the host finds: an id for <c>use:</c>, a description, and the stage factory.</summary>
public sealed class Plugin : ProcessorPlugin<Options>
{
    public override string Id => "my-plugin-id";

    public override string Description => "Tags sentences that contain one of the configured keywords";

    protected override IStage CreateStage(Options options, IPluginContext context)
    {
        if (options.Keywords.Any(string.IsNullOrWhiteSpace))
            throw new PluginOptionsException("keywords", "keywords must not be empty");
        return new Stage(options);
    }
}
