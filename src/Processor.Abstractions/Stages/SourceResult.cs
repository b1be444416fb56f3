using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>What an <see cref="ISourceStage"/> found in one file.</summary>
/// <param name="Documents">The articles, in file order.</param>
/// <param name="Removed">Text left out and why.</param>
public sealed record SourceResult(ImmutableArray<Document> Documents, ImmutableArray<RemovedSpan> Removed)
{
    /// <summary>A file that yields nothing.</summary>
    public static SourceResult Empty { get; } = new([], []);
}
