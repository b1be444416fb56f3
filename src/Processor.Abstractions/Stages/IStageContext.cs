namespace Processor.Abstractions;

/// <summary>What the host offers a stage while it runs.</summary>
public interface IStageContext
{
    /// <summary>The id of the plugin this stage belongs to.</summary>
    string PluginId { get; }

    /// <summary>Signalled when the run is cancelled (Ctrl+C or a stage timeout).</summary>
    CancellationToken Cancellation { get; }

    /// <summary>Logs a warning about a place in a source (shown as <c>path(line): warning: …</c>).</summary>
    void Warn(string message, SourceSpan? at = null);

    /// <summary>Logs an informational line.</summary>
    void Info(string message);

    /// <summary>Resolves a path from the pipeline file (relative paths are relative to its folder).</summary>
    string ResolvePath(string path);

    /// <summary>Reads a source file of the corpus again (for example to show a passage in context).</summary>
    SourceText OpenSource(SourceFile file);
}
