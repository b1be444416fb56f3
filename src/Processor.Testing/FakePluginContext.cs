using Processor.Abstractions;

namespace Processor.Testing;

/// <summary>A plugin context without a host, for calling <see cref="IProcessorPlugin.CreateStage"/> in tests.</summary>
public sealed class FakePluginContext : IPluginContext
{
    /// <summary>Folder that relative paths resolve against (default: the test's output folder).</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

    /// <inheritdoc />
    public string PluginDirectory { get; init; } = AppContext.BaseDirectory;

    /// <inheritdoc />
    public IReadOnlyList<string> TemplateDirectories { get; init; } = [];

    /// <inheritdoc />
    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory);
}
