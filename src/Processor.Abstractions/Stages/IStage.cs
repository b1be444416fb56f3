namespace Processor.Abstractions;

/// <summary>
/// Marker for what a plugin contributes to a pipeline. Implement exactly one of
/// <see cref="ISourceStage"/>, <see cref="IDocumentStage"/>, <see cref="ICorpusStage"/> or <see cref="IOutputStage"/>.
/// </summary>
public interface IStage;
