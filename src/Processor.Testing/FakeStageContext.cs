using Processor.Abstractions;

namespace Processor.Testing;

/// <summary>
/// A stage context without a host: records warnings and info lines, resolves paths against
/// <see cref="BaseDirectory"/>, and serves the sources it was given to <see cref="OpenSource"/>.
/// </summary>
public sealed class FakeStageContext : IOutputContext
{
    private readonly Dictionary<string, SourceText> _sources = [];

    /// <summary>A context for plugin <paramref name="pluginId"/>; <paramref name="sources"/> can be re-opened by output stages.</summary>
    public FakeStageContext(string pluginId = "test", params SourceText[] sources)
    {
        PluginId = pluginId;
        foreach (var s in sources) _sources[s.File.Id] = s;
    }

    /// <inheritdoc />
    public string PluginId { get; }

    /// <inheritdoc />
    public CancellationToken Cancellation { get; init; } = CancellationToken.None;

    /// <summary>Folder that relative paths resolve against (default: the current directory).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <inheritdoc />
    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "processor-testing", Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public DateTimeOffset RunStarted { get; init; } = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <inheritdoc />
    public string PipelineName { get; init; } = "test";

    /// <summary>Warnings the stage reported, as "message @ span".</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Info lines the stage reported.</summary>
    public List<string> Infos { get; } = [];

    /// <summary>Makes <paramref name="source"/> available to <see cref="OpenSource"/>.</summary>
    public FakeStageContext With(SourceText source)
    {
        _sources[source.File.Id] = source;
        return this;
    }

    /// <inheritdoc />
    public void Warn(string message, SourceSpan? at = null) => Warnings.Add(at is null ? message : $"{message} @ {at}");

    /// <inheritdoc />
    public void Info(string message) => Infos.Add(message);

    /// <inheritdoc />
    public string ResolvePath(string path) => Path.GetFullPath(path, BaseDirectory);

    /// <inheritdoc />
    public SourceText OpenSource(SourceFile file) =>
        _sources.TryGetValue(file.Id, out var s) ? s : throw new FileNotFoundException($"source {file.Path} was not given to the fake context");
}
