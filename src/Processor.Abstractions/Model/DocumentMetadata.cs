using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// The metadata keys the built-in plugins write and read: where an article comes from and when. A splitter sets what the
/// file itself declares (an HTML page's meta tags, a JSON line's fields); the tagger fills what is still missing from the
/// text (bylines, datelines). Read them with <see cref="Document.Get{T}"/>, set them with <see cref="Document.With{T}"/>.
/// </summary>
public static class DocumentMetadata
{
    /// <summary>Publication date, when known.</summary>
    public static MetadataKey<DateOnly?> Published { get; } = MetadataKey.Date("published", "publication date");

    /// <summary>Authors from bylines, in order of appearance.</summary>
    public static MetadataKey<ImmutableArray<string>> Authors { get; } = MetadataKey.TextList("authors", "authors from bylines, in order");

    /// <summary>The outlet that published the article (from its byline or domain), else the site hosting it.</summary>
    public static MetadataKey<string?> Publisher { get; } = MetadataKey.Text("publisher", "the outlet that published the article");

    /// <summary>The site hosting the page (from its footer or meta tags); differs from <see cref="Publisher"/> when the page republishes another outlet's article.</summary>
    public static MetadataKey<string?> Site { get; } = MetadataKey.Text("site", "the site hosting the page");

    /// <summary>ISO 639-1 language code, when detected.</summary>
    public static MetadataKey<string?> Language { get; } = MetadataKey.Text("language", "ISO 639-1 language code");

    /// <summary>The keys above, in the order the digest lists them.</summary>
    public static ImmutableArray<MetadataKey> All { get; } = [Published, Authors, Publisher, Site, Language];
}
