using Processor.Abstractions;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>A plugin context rooted in the test's output folder.</summary>
internal sealed class FakePluginContext(string? pluginDirectory = null) : IPluginContext
{
    public string ResolvePath(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);

    public string PluginDirectory => pluginDirectory ?? AppContext.BaseDirectory;

    public IReadOnlyList<string> TemplateDirectories => [];
}
