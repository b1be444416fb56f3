using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>One article found in a source file.</summary>
/// <param name="Id">Unique within the run: the source id plus the article's index.</param>
/// <param name="SourceId">The <see cref="SourceFile.Id"/> it was found in.</param>
/// <param name="Span">The article's extent in the source file.</param>
public sealed record Document(string Id, string SourceId, SourceSpan Span)
{
    /// <summary>Headline, when the text has one.</summary>
    public string? Title { get; init; }

    /// <summary>Where the headline is in the source.</summary>
    public SourceSpan? TitleSpan { get; init; }

    /// <summary>
    /// What is known about the article as named values: <see cref="DocumentMetadata"/>'s keys (published, authors,
    /// publisher, site, language) and any plugin's own, stored as text by key name (ordinal order). Read and set them
    /// typed with <see cref="Get{T}"/> and <see cref="With{T}"/>.
    /// </summary>
    public ImmutableSortedDictionary<string, string> Metadata { get; init; } = NoMetadata;

    /// <summary>Ordinal key order: the default comparer is culture-sensitive (slow, and machine-dependent in exports).</summary>
    private static readonly ImmutableSortedDictionary<string, string> NoMetadata =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>The document's value for <paramref name="key"/>, or the key's <see cref="MetadataKey{T}.Absent"/> value.</summary>
    public T Get<T>(MetadataKey<T> key) => Metadata.TryGetValue(key.Name, out var text) ? key.Read(text) : key.Absent;

    /// <summary>A copy with <paramref name="value"/> for <paramref name="key"/> (a value that means "absent" removes the key).</summary>
    public Document With<T>(MetadataKey<T> key, T value) =>
        key.Write(value) is { } text
            ? Metadata.TryGetValue(key.Name, out var old) && old == text ? this : this with { Metadata = Metadata.SetItem(key.Name, text) }
            : Metadata.ContainsKey(key.Name) ? this with { Metadata = Metadata.Remove(key.Name) } : this;

    /// <summary>Paragraph extents, in order.</summary>
    public ImmutableArray<SourceSpan> Paragraphs { get; init; } = [];

    /// <summary>Every sentence of the article, in order, before any claim selection.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Document-level tags.</summary>
    public ImmutableArray<Tag> Tags { get; init; } = [];

    /// <summary>Why the splitter started an article here (shown by <c>processor run --explain</c>).</summary>
    public string? BoundaryReason { get; init; }
}
