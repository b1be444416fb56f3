namespace Processor.Core.Plugins;

/// <summary>A plugin folder that could not be used, with a one-line reason.</summary>
public sealed record PluginLoadError(string Name, string Directory, string Message)
{
    public override string ToString() => $"plugin '{Name}' in {Directory}: {Message}";
}
