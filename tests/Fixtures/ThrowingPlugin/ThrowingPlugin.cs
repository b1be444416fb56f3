using Processor.Abstractions;

namespace ThrowingPlugin;

/// <summary>A plugin whose constructor throws: the host must report it in one line, naming the folder.</summary>
public sealed class ThrowingPlugin : IProcessorPlugin
{
    public ThrowingPlugin() => throw new InvalidOperationException("fixture: this plugin always fails to load");

    public string Id => "throwing";

    public string Description => "fails while loading";

    public Type OptionsType => typeof(object);

    public IStage CreateStage(object options, IPluginContext context) => throw new NotSupportedException();
}
