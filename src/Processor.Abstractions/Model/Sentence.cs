using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// A sentence of a document. <see cref="Text"/> is exactly the source text at <see cref="Span"/>;
/// the host rejects a sentence whose bytes do not match.
/// </summary>
/// <param name="Id">Unique within the run, e.g. <c>a1b2c3d4e5-02.17</c>.</param>
/// <param name="Text">The exact source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the sentence is in its source file.</param>
/// <param name="IsClaim">True when the sentence asserts something checkable and may become a claim.</param>
public sealed record Sentence(string Id, string Text, SourceSpan Span, bool IsClaim)
{
    /// <summary>Tags added by taggers (entities, figures, speakers, plugin-defined kinds).</summary>
    public ImmutableArray<Tag> Tags { get; init; } = [];
}
