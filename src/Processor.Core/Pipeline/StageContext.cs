using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Inputs;

namespace Processor.Core.Pipeline;

/// <summary>The host's side of <see cref="IStageContext"/> and <see cref="IOutputContext"/> for one stage.</summary>
internal sealed class StageContext(
    PipelineConfig config,
    string pluginId,
    IRunLog log,
    IReadOnlyDictionary<string, SourceFile> sources,
    CancellationToken cancellation,
    string outputDirectory,
    DateTimeOffset runStarted) : IOutputContext
{
    public string PluginId => pluginId;

    public CancellationToken Cancellation => cancellation;

    public string OutputDirectory => outputDirectory;

    public DateTimeOffset RunStarted => runStarted;

    public string PipelineName => config.Name ?? Path.GetFileNameWithoutExtension(config.FilePath);

    public void Warn(string message, SourceSpan? at = null)
    {
        var path = at is { } span && sources.TryGetValue(span.SourceId, out var file) ? file.Path : "";
        log.Report(Diagnostic.Warning(path, at?.Line ?? 0, 0, $"{pluginId}: {message}"));
    }

    public void Info(string message) => log.Info($"{pluginId}: {message}");

    public string ResolvePath(string path) => config.Resolve(path);

    public SourceText OpenSource(SourceFile file)
    {
        var (text, skipped) = SourceReader.Read(config.BaseDirectory, file.FullPath, long.MaxValue);
        if (text is null || text.File.Sha256 != file.Sha256)
            throw new IOException($"{file.Path} changed or vanished during the run ({skipped?.Reason ?? "content differs"})");
        return text;
    }
}
