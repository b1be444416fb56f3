using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// A piece of metadata attached to a document, sentence or claim. <see cref="Kind"/> is namespaced by
/// convention: built-ins use plain words (<c>entity</c>, <c>figure</c>, <c>date</c>, <c>speaker</c>);
/// a team's plugin uses its own prefix (<c>watchlist.alert</c>).
/// </summary>
/// <param name="Kind">What the tag says, e.g. <c>entity</c>.</param>
/// <param name="Value">Its main value, e.g. the entity id <c>mek</c>.</param>
public sealed record Tag(string Kind, string Value)
{
    /// <summary>Extra typed-as-text attributes (e.g. a figure's <c>unit</c> and <c>approx</c>).</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; init; } = NoAttributes;

    /// <summary>
    /// Ordinal key order: the default comparer is culture-sensitive, which is slow and could order keys
    /// differently on another machine (the JSON digest must not).
    /// </summary>
    private static readonly ImmutableSortedDictionary<string, string> NoAttributes =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>Where in the source the tagged text is, when it is known.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Returns a copy with one more attribute.</summary>
    public Tag With(string key, string value) => this with { Attributes = Attributes.SetItem(key, value) };

    /// <summary>
    /// Whether <paramref name="other"/> has the same attributes: the same keys with the same values, compared ordinally.
    /// (The record's own equality compares the attribute maps by reference; comparing them as sequences of key-value
    /// pairs boxes every pair.)
    /// </summary>
    public bool HasSameAttributes(Tag other)
    {
        if (ReferenceEquals(Attributes, other.Attributes)) return true;
        if (Attributes.Count != other.Attributes.Count) return false;
        using var mine = Attributes.GetEnumerator();
        using var theirs = other.Attributes.GetEnumerator();
        while (mine.MoveNext() && theirs.MoveNext())
            if (!string.Equals(mine.Current.Key, theirs.Current.Key, StringComparison.Ordinal)
                || !string.Equals(mine.Current.Value, theirs.Current.Value, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Reads an attribute, or null.</summary>
    public string? Get(string key) => Attributes.TryGetValue(key, out var v) ? v : null;
}
