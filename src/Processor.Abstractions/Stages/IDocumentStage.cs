namespace Processor.Abstractions;

/// <summary>
/// Enriches one document (for example with tags). Called once per document, on several threads at
/// once. Return the same instance when nothing changes.
/// </summary>
public interface IDocumentStage : IStage
{
    /// <summary>Returns <paramref name="document"/>, possibly changed; <paramref name="source"/> is its file.</summary>
    Document Process(Document document, SourceText source, IStageContext context);
}
