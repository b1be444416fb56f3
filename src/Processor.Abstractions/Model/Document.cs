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

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Authors from bylines, in order of appearance.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The outlet that published the article (from its byline or domain), else the site hosting it.</summary>
    public string? Publisher { get; init; }

    /// <summary>The site hosting the page (from its footer or meta tags); differs from <see cref="Publisher"/> when the page republishes another outlet's article.</summary>
    public string? Site { get; init; }

    /// <summary>ISO 639-1 language code, when detected.</summary>
    public string? Language { get; init; }

    /// <summary>Paragraph extents, in order.</summary>
    public ImmutableArray<SourceSpan> Paragraphs { get; init; } = [];

    /// <summary>Every sentence of the article, in order, before any claim selection.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Document-level tags.</summary>
    public ImmutableArray<Tag> Tags { get; init; } = [];

    /// <summary>Why the splitter started an article here (shown by <c>processor run --explain</c>).</summary>
    public string? BoundaryReason { get; init; }
}
