namespace Processor.Abstractions;

/// <summary>One place a claim was stated.</summary>
/// <param name="SourceId">The source file.</param>
/// <param name="DocumentId">The article inside it.</param>
/// <param name="SentenceId">The sentence that states the claim.</param>
/// <param name="Span">Where the sentence is in the source file.</param>
/// <param name="Quote">The exact source text at <paramref name="Span"/>.</param>
public sealed record Attribution(string SourceId, string DocumentId, string SentenceId, SourceSpan Span, string Quote)
{
    /// <summary>Similarity of this wording to the claim's canonical text (1 for the canonical one).</summary>
    public double Similarity { get; init; } = 1.0;

    /// <summary>
    /// How this wording joined the claim (<see cref="MatchKind"/>): <c>exact</c> (the canonical wording, or the same text),
    /// <c>near</c> (a near copy: a few characters differ) or <c>paraphrase</c> (the same statement in other words).
    /// </summary>
    public string Match { get; init; } = MatchKind.Exact;
}
