using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Processor.Abstractions;

namespace Processor.Plugins.Splitter.Formats;

/// <summary>
/// HTML pages: AngleSharp parses the page keeping source positions; the main content is the element whose
/// paragraphs hold the most text (navigation, headers, footers and asides never qualify), and each of its
/// paragraphs, headings and list items becomes a block whose sentences map back to the original bytes.
/// Title, date, author and site come from the page's meta tags.
/// </summary>
internal sealed class HtmlSplitter(SplitterOptions options)
{
    private static readonly string[] BlockTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION"];
    private static readonly string[] Excluded = ["NAV", "HEADER", "FOOTER", "ASIDE", "SCRIPT", "STYLE", "NOSCRIPT", "FORM"];

    public SourceResult Split(SourceText source, IStageContext context)
    {
        var bytes = source.Bytes.Span;
        // The parser works on characters; the SDK's decoding maps each back to its byte offset.
        var raw = DecodedText.Decode(bytes, 0, SourceFormat.Text);
        var html = raw.Text;
        var page = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var main = MainContent(page);
        if (main is null) return SourceResult.Empty;

        var id = $"{source.File.Id}-01";
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<SourceSpan>();
        int? first = null;
        var last = 0;
        foreach (var block in main.QuerySelectorAll("*").Where(IsLeafBlock))
        {
            if (RawRange(block, html) is not var (charStart, charEnd)) continue;
            var (start, end) = (raw.ByteOffset(charStart), raw.ByteOffset(charEnd));
            var decoded = source.Decode(start, end);
            if (string.IsNullOrWhiteSpace(decoded.Text)) continue;
            first ??= start;
            last = end;
            BlockSentences.Add(decoded, 0, decoded.Text.Length, block.LocalName.Length == 2 && block.LocalName[0] == 'h', id, source, options, sentences, paragraphs);
        }
        if (first is null) return SourceResult.Empty;

        var title = Meta(page, "og:title") ?? page.Title ?? page.QuerySelector("h1")?.TextContent.Trim();
        var date = Meta(page, "article:published_time") ?? Meta(page, "date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var author = Meta(page, "author") ?? Meta(page, "article:author");
        var document = new Processor.Abstractions.Document(id, source.File.Id, source.SpanOf(first.Value, last))
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            Published = date is { Length: >= 10 } && DateOnly.TryParse(date[..10], CultureInfo.InvariantCulture, out var published) ? published : null,
            Authors = string.IsNullOrWhiteSpace(author) ? [] : [author.Trim()],
            Site = Meta(page, "og:site_name"),
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            BoundaryReason = $"the main content of the page (<{main.LocalName}>)",
        };
        return new SourceResult([document], []);
    }

    /// <summary>Readability-style: the container whose direct paragraphs hold the most text wins.</summary>
    private static IElement? MainContent(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var candidates = page.QuerySelectorAll("article, main, [role=main], section, div, td, body")
            .Where(e => !Excluded.Contains(e.TagName) && !InsideExcluded(e));
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            double score = candidate.Children.Where(c => c.TagName is "P" or "BLOCKQUOTE" or "H2" or "H3" or "UL" or "OL")
                .Sum(c => c.TextContent.Trim().Length);
            if (candidate.TagName is "ARTICLE" or "MAIN") score *= 1.5;
            if (score > bestScore) (best, bestScore) = (candidate, score);
        }
        return best ?? page.Body;
    }

    private static bool IsLeafBlock(IElement element) =>
        BlockTags.Contains(element.TagName)
        && !element.QuerySelectorAll("*").Any(d => BlockTags.Contains(d.TagName))
        && !InsideExcluded(element);

    private static bool InsideExcluded(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (Excluded.Contains(parent.TagName)) return true;
        return false;
    }

    /// <summary>
    /// From the element's start tag to its end tag in the raw HTML (chars). The start comes from the parser's
    /// source reference; the end is the matching close tag, or the next block's start when it was left implicit.
    /// </summary>
    private static (int Start, int End)? RawRange(IElement element, string html)
    {
        if (element.SourceReference?.Position is not { } position) return null;
        var start = position.Position;
        if (start < 0 || start >= html.Length) return null;
        var openEnd = html.IndexOf('>', start);
        if (openEnd < 0) return null;
        var close = html.IndexOf($"</{element.LocalName}", openEnd, StringComparison.OrdinalIgnoreCase);
        var nextBlock = html.IndexOf("<", openEnd + 1, StringComparison.Ordinal);
        if (close < 0) close = html.Length;
        // An implicitly closed <p> or <li> ends where the next start tag of a block begins.
        foreach (var tag in BlockTags)
        {
            var next = html.IndexOf($"<{tag}", openEnd, StringComparison.OrdinalIgnoreCase);
            if (next >= 0 && next < close && nextBlock >= 0 && IsTagStart(html, next, tag.Length + 1)) close = next;
        }
        return (openEnd + 1, close);
    }

    private static bool IsTagStart(string html, int at, int length) =>
        at + length < html.Length && (html[at + length] is '>' or ' ' or '\t' or '\n' or '\r' or '/');

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");
}
