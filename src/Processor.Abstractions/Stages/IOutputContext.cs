namespace Processor.Abstractions;

/// <summary>What the host offers an output stage.</summary>
public interface IOutputContext : IStageContext
{
    /// <summary>The folder to write into; it becomes the digest folder when the run succeeds.</summary>
    string OutputDirectory { get; }

    /// <summary>When the run started (UTC); templates show it and it names dated output folders.</summary>
    DateTimeOffset RunStarted { get; }

    /// <summary>Name of the pipeline file, for titles.</summary>
    string PipelineName { get; }
}
