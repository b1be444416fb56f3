namespace Processor.Abstractions;

/// <summary>What the host offers a plugin while it creates its stage.</summary>
public interface IPluginContext
{
    /// <summary>Resolves a path from the pipeline file (relative paths are relative to its folder).</summary>
    string ResolvePath(string path);

    /// <summary>The folder the plugin was loaded from (for files it ships, such as template partials).</summary>
    string PluginDirectory { get; }

    /// <summary>
    /// The <c>templates/</c> folders shipped by the plugins of this pipeline, in pipeline order, so a
    /// renderer can use the partials other plugins provide (a watch-list plugin's "Alerts" section).
    /// </summary>
    IReadOnlyList<string> TemplateDirectories { get; }
}
