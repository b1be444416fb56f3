using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Formats;

using Processor.Plugins.Splitter.Boilerplate;

namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// HTML pages: the page's characters (in its declared or detected encoding) become a tree whose text runs keep their
/// place (<see cref="HtmlTreeBuilder"/>); what never holds text, what is hidden and what is named as boilerplate is
/// removed; the main content is found by name or by score (<see cref="ContentFinder"/>); its link-heavy parts are
/// pruned; its blocks of text become paragraphs and sentences whose spans are the page's own bytes. Title, date,
/// authors and site come from what the page declares (<see cref="PageMetadataReader"/>).
/// </summary>
internal sealed class HtmlSplitter(SplitterOptions options)
{
    /// <summary>Letters of extracted text below which the named content is taken to be a teaser and the page is scored instead.</summary>
    private const int EnoughText = 250;

    /// <summary>Where the extractor explains its choices, for the development harness (null in the tool).</summary>
    internal static Action<string>? Trace { get; set; }

    public SourceResult Split(SourceText source, IStageContext context)
    {
        var chars = DecodedText.Decode(source.Bytes.Span, 0, SourceFormat.Text, source.Charset);
        var page = chars.Text;
        var root = HtmlTreeBuilder.Build(page);
        context.Cancellation.ThrowIfCancellationRequested();

        RemoveNeverText(root);
        PageText.Measure(root, page);
        var named = ContentFinder.ByName(root);
        if (Trace is not null && root.Descendants().FirstOrDefault(n => n.Tag == "p" && n.TextLength >= 100) is { } probe)
            Trace($"first paragraph's ancestors: {string.Join(" < ", probe.Ancestors().Select(a => $"{a.Tag}{(a.Removed ? "(removed)" : "")}[{a.IdAndClass}]"))}");
        RemoveBoilerplateByName(root, named);
        PageText.Measure(root, page);

        var containers = named.Where(n => !n.Removed && n.TextLength > 0).ToList();
        if (containers.Count > 0) containers = [.. ContentFinder.Leads(root, containers), .. containers];
        Trace?.Invoke($"named: {string.Join(", ", named.Select(n => $"{n} letters={n.TextLength} removed={n.Removed}"))}");
        if (containers.Count == 0) containers = ContentFinder.ByScore(root);
        Trace?.Invoke($"containers: {string.Join(", ", containers.Select(n => $"{n} letters={n.TextLength}"))}");
        TextBlocks.PruneLinkHeavy(containers);
        PageText.Measure(root, page);
        var blocks = TextBlocks.Extract(containers, page);
        if (blocks.Sum(b => b.Letters) < EnoughText && named.Count > 0)
        {
            var scored = ContentFinder.ByScore(root);
            TextBlocks.PruneLinkHeavy(scored);
            PageText.Measure(root, page);
            var more = TextBlocks.Extract(scored, page);
            if (more.Sum(b => b.Letters) > blocks.Sum(b => b.Letters)) (containers, blocks) = (scored, more);
        }
        if (blocks.Count == 0) return SourceResult.Empty;

        var metadata = PageMetadataReader.Read(root, page, containers, DateOnly.FromDateTime(DateTime.UtcNow));
        var id = $"{source.File.Id}-01";
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<SourceSpan>();
        var tags = ImmutableArray.CreateBuilder<Tag>();
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var (start, end) = chars.ByteRange(block.Start, block.End);
            var decoded = source.Decode(start, end);
            // A byline printed at either end of the article ("Von Claudia Lindner", "By Jo Doe, Reuters") is marked as a
            // text file's byline line is, for the tagger to read its outlet (and its names, where the markup gave none).
            if ((b < 3 || b >= blocks.Count - 3) && block.Kind != BlockKind.Heading
                && decoded.Text.Trim() is { Length: > 0 and <= 80 } line && BylineReader.IsByline(line))
            {
                var at = decoded.Text.IndexOf(line, StringComparison.Ordinal);
                var (lineStart, lineEnd) = decoded.ByteRange(at, at + line.Length);
                tags.Add(BylineReader.Mark(TagKinds.Byline, line, source.SpanOf(lineStart, lineEnd)));
            }
            var heading = block.Kind == BlockKind.Heading;
            BlockSentences.Add(decoded, 0, decoded.Text.Length, heading, id, source, options, sentences, paragraphs);
        }
        if (sentences.Count == 0) return SourceResult.Empty;
        if (metadata.Url is { } url) tags.Add(new Tag(TagKinds.Url, url));
        var document = new Document(id, source.File.Id, source.SpanOf(sentences[0].Span.Start, sentences[^1].Span.End))
        {
            Title = metadata.Title,
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Tags = tags.ToImmutable(),
            BoundaryReason = $"the main content of the page (<{containers[0].Tag}{(containers[0].IdAndClass is { Length: > 0 } names ? $" {names}" : "")}>)",
        }
            .With(DocumentMetadata.Published, metadata.Published)
            .With(DocumentMetadata.Authors, metadata.Authors)
            .With(DocumentMetadata.Site, metadata.Site)
            .With(DocumentMetadata.Publisher, metadata.Site)
            .With(DocumentMetadata.Language, metadata.Language is { Length: >= 2 } language ? language[..2].ToLowerInvariant() : null);
        return new SourceResult([document], []);
    }

    /// <summary>Elements that never hold page text, and hidden ones.</summary>
    private static void RemoveNeverText(HtmlNode root)
    {
        foreach (var node in root.Descendants())
            if (!node.IsText && (Boilerplate.IsNeverText(node) || Boilerplate.IsHidden(node))) node.Removed = true;
    }

    /// <summary>
    /// Containers named as boilerplate, except the main content and its ancestors (a wrapper named "content-sidebar"
    /// holds the article). With no named content, a container holding most of the page's text is kept as a wrapper,
    /// unless it is a comment thread.
    /// </summary>
    private static void RemoveBoilerplateByName(HtmlNode root, List<HtmlNode> named)
    {
        var keep = new HashSet<HtmlNode>(named.SelectMany(n => n.Ancestors().Prepend(n)));
        var total = Math.Max(1, root.TextLength);
        // Inside the named content, a part holding most of its text is its body, whatever the part is called.
        var contentLetters = named.Sum(n => n.TextLength);
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText || node.Removed) continue;
            if (!keep.Contains(node) && node.Tag is not ("html" or "body" or "#document") && Boilerplate.IsBoilerplateByName(node)
                && (IsCommentThread(node) || (named.Count > 0
                    ? !(node.TextLength >= 0.5 * contentLetters && named.Any(n => node.IsInside(n)))
                    : node.TextLength < 0.6 * total)))
            {
                node.Removed = true;
                if (node.TextLength > 200) Trace?.Invoke($"removed by name: {node} letters={node.TextLength}");
                continue;
            }
            if (node.Children is not null) foreach (var child in node.Children) stack.Push(child);
        }
    }

    private static bool IsCommentThread(HtmlNode node) =>
        node.Words.Any(w => w.StartsWith("comment", StringComparison.Ordinal) || w is "disqus" or "respond" or "replies");
}
