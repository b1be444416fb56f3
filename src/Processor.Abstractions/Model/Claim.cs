using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// A checkable statement of the corpus with every place it was stated. Claims are never dropped when
/// merged: a merged claim keeps all attributions.
/// </summary>
/// <param name="Id">Stable id (derived from the canonical text).</param>
/// <param name="Text">Canonical wording, whitespace-normalised.</param>
/// <param name="Attributions">Every occurrence, canonical first.</param>
public sealed record Claim(string Id, string Text, ImmutableArray<Attribution> Attributions)
{
    /// <summary>Union of the tags of every occurrence.</summary>
    public ImmutableArray<Tag> Tags { get; init; } = [];

    /// <summary>True when no occurrence of this claim was seen by an earlier run (needs the state store; else true).</summary>
    public bool IsNew { get; init; } = true;

    /// <summary>
    /// When the claim was first seen by any run (this run when new). A corpus stage that recognises the claim from
    /// an earlier run (see <see cref="IStatefulStage"/>) may set it; the host keeps the earliest it knows of.
    /// </summary>
    public DateTimeOffset? FirstSeen { get; init; }

    /// <summary>
    /// Independent reports of the claim: distinct sources, counting syndicated copies of one article once.
    /// 0 when no deduplicator computed it.
    /// </summary>
    public int IndependentSources { get; init; }

    /// <summary>
    /// The claim a claim sentence makes before any corpus stage: its whitespace-collapsed text, one attribution with the
    /// sentence's exact span and text, the sentence's tags. The host builds the corpus's claims with this; a test or a
    /// tool that needs the same claims calls it too.
    /// </summary>
    public static Claim FromSentence(Document document, Sentence sentence) =>
        new($"c-{sentence.Id}", TextNormalizer.CollapseWhitespace(sentence.Text),
            [new Attribution(document.SourceId, document.Id, sentence.Id, sentence.Span, sentence.Text)]) { Tags = sentence.Tags };

    /// <summary>Number of distinct source files that state it.</summary>
    public int SourceCount => Attributions.Select(a => a.SourceId).Distinct().Count();
}
