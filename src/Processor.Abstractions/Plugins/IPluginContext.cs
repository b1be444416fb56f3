namespace Processor.Abstractions;

/// <summary>What the host offers a plugin while it creates its stage.</summary>
public interface IPluginContext
{
    /// <summary>Resolves a path from the pipeline file (relative paths are relative to its folder).</summary>
    string ResolvePath(string path);

    /// <summary>The folder the plugin was loaded from (for files it ships, such as template partials).</summary>
    string PluginDirectory { get; }
}
