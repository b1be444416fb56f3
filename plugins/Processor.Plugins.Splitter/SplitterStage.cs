using System.Collections.Immutable;
using System.Text;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Articles;
using Processor.Plugins.Splitter.Boilerplate;
using Processor.Plugins.Splitter.Formats;
using Processor.Plugins.Splitter.Html;
using Processor.Plugins.Splitter.Lines;
using Processor.Plugins.Splitter.Sentences;

namespace Processor.Plugins.Splitter;

/// <summary>
/// Lines → kinds → articles → paragraphs → sentences. Works on the file's bytes; every span it emits
/// is cut from the original buffer, so the text at a span is always exactly the source text.
/// </summary>
internal sealed class SplitterStage : ISourceStage, ISourceObserver
{
    private readonly SplitterOptions _options;
    private readonly CrossSourceLines _crossSource;
    private readonly LineClassifier _classifier;
    private readonly ArticleSegmenter _segmenter;

    private readonly JsonLinesSplitter _jsonLines;
    private readonly HtmlSplitter _html;

    public SplitterStage(SplitterOptions options)
    {
        _options = options;
        _crossSource = new CrossSourceLines(options.CrossSourceThreshold);
        _classifier = new LineClassifier(options, _crossSource);
        _segmenter = new ArticleSegmenter(options);
        _jsonLines = new JsonLinesSplitter(options);
        _html = new HtmlSplitter(options);
    }

    public bool IsObserving => _crossSource.Enabled;

    /// <summary>First pass: learn which short lines recur across files (plain text sources only).</summary>
    public void Observe(SourceText source, IStageContext context)
    {
        if (_crossSource.Enabled && source.File.Format == SourceFormat.Text) _crossSource.Observe(source);
    }

    public SourceResult Process(SourceText source, IStageContext context)
    {
        // HTML is read in its own encoding whatever it is; other formats are split as UTF-8 (transcoded when they are not).
        if (source.File.Format == SourceFormat.Html) return _html.Split(source, context);
        if (source.Encoding != TextEncoding.Utf8 || source.HasInvalidBytes)
        {
            if (source.File.Format == SourceFormat.JsonLines && source.Encoding != TextEncoding.Utf8)
                context.Warn($"{source.File.Path} is JSON Lines in {source.Charset.WebName}; JSON is UTF-8, so it was read as plain text");
            if (source.File.Format == SourceFormat.Text || source.Encoding != TextEncoding.Utf8) return TranscodedSplitter.Split(source, context, SplitText);
        }
        if (source.File.Format == SourceFormat.JsonLines) return _jsonLines.Split(source, context);
        return SplitText(source, context);
    }

    private SourceResult SplitText(SourceText source, IStageContext context)
    {

        var lines = _classifier.Classify(LineScanner.Scan(source.Bytes.Span), source.Bytes.Span);
        var removed = Removed(lines, source);
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var plan in _segmenter.Segment(lines))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var id = $"{source.File.Id}-{documents.Count + 1:D2}";
            documents.Add(BuildDocument(id, plan, lines, source));
        }
        return new SourceResult(documents.ToImmutable(), removed);
    }

    private Document BuildDocument(string id, ArticlePlan plan, List<ClassifiedLine> lines, SourceText source)
    {
        var first = lines[plan.First].Line;
        var last = lines[plan.Last].Line;
        var paragraphs = ImmutableArray.CreateBuilder<SourceSpan>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var (from, to, kind) in Paragraphs(lines, plan))
        {
            var start = lines[from].Line.Start;
            var end = lines[to].Line.End;
            paragraphs.Add(source.SpanOf(start, end));
            if (kind is not (LineKind.Text or LineKind.Heading)) continue;
            var text = from == to ? lines[from].Line.Text : Encoding.UTF8.GetString(source.Bytes.Span[start..end]);
            // Byte offsets advance incrementally from sentence to sentence (no re-counting from the paragraph start).
            var (charAt, byteAt) = (0, start);
            // Headings are segmented too: a run of short lines ("About Me…5", "Chapter 2…6") is several entries.
            foreach (var (s, e) in SentenceSegmenter.Split(text))
            {
                var byteStart = byteAt + Encoding.UTF8.GetByteCount(text.AsSpan(charAt, s - charAt));
                var byteEnd = byteStart + Encoding.UTF8.GetByteCount(text.AsSpan(s, e - s));
                (charAt, byteAt) = (e, byteEnd);
                var sentenceText = text[s..e];
                var isClaim = kind == LineKind.Text && ClaimSelector.IsClaim(sentenceText, _options.MinClaimWords);
                // Inside one line the line numbers are known: no search of the file's line index per sentence.
                var span = from == to ? new SourceSpan(source.File.Id, byteStart, byteEnd, lines[from].Line.Number, lines[from].Line.Number) : source.SpanOf(byteStart, byteEnd);
                sentences.Add(new Sentence($"{id}.{sentences.Count + 1}", sentenceText, span, isClaim));
            }
        }

        var title = TitleFinder.Find(lines, plan);
        var structure = ImmutableArray.CreateBuilder<Tag>();
        for (var i = plan.First; i <= plan.Last; i++)
        {
            var kind = lines[i].Kind switch
            {
                LineKind.Byline => TagKinds.Byline,
                LineKind.SignOff => TagKinds.SignOff,
                LineKind.PostMeta => TagKinds.PostMeta,
                _ => null,
            };
            if (kind is not null)
                structure.Add(kind == TagKinds.PostMeta ? new Tag(kind, lines[i].Line.Text) { Span = source.SpanOf(lines[i].Line.Start, lines[i].Line.End) }
                    : BylineReader.Mark(kind, lines[i].Line.Text, source.SpanOf(lines[i].Line.Start, lines[i].Line.End)));
        }
        return new Document(id, source.File.Id, source.SpanOf(first.Start, last.End))
        {
            Title = title?.Text,
            TitleSpan = title is { } t ? source.SpanOf(t.Start, t.End) : null,
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            BoundaryReason = plan.Reason,
            // Structure the tagger reads: bylines, sign-offs and post dates, with their spans.
            Tags = structure.ToImmutable(),
        };
    }

    /// <summary>
    /// Content lines grouped into paragraphs: each line is one, except hard-wrapped text, where a line
    /// that does not end a sentence continues into a next line starting in lower case.
    /// </summary>
    private static IEnumerable<(int From, int To, LineKind Kind)> Paragraphs(List<ClassifiedLine> lines, ArticlePlan plan)
    {
        int? from = null;
        var to = 0;
        var kind = LineKind.Text;
        for (var i = plan.First; i <= plan.Last; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Blank or LineKind.Boilerplate or LineKind.PostMeta or LineKind.ReadMore)
            {
                if (from is { } f) yield return (f, to, kind);
                from = null;
                continue;
            }
            // Hard-wrapped text: a long line that does not end a sentence continues on the next line
            // (scraped text has one paragraph per line, so its only long unpunctuated lines are wraps).
            var previous = lines[to].Line.Text;
            // A short line is a line of its own (a list entry, a label); only a line of a wrapped width continues.
            var continues = from is not null && kind is LineKind.Text or LineKind.Heading && line.Kind is LineKind.Text or LineKind.Heading
                && !EndsSentence(previous.TrimEnd()) && (char.IsLower(line.Line.Text[0]) && lines[to].Line.WordCount >= 3 || previous.Length >= 60);
            if (continues)
            {
                to = i;
                if (line.Kind == LineKind.Text) kind = LineKind.Text;   // a wrapped sentence is body text, not a heading
                continue;
            }
            if (from is { } open) yield return (open, to, kind);
            from = i;
            to = i;
            kind = line.Kind;
        }
        if (from is { } rest) yield return (rest, to, kind);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or ':' or '…';

    private static ImmutableArray<RemovedSpan> Removed(List<ClassifiedLine> lines, SourceText source)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedSpan>();
        int? start = null;
        var end = 0;
        string? reason = null;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Blank) continue;
            var lineReason = line.Kind switch
            {
                LineKind.Boilerplate => line.Reason,
                LineKind.ReadMore => "read-more",
                _ => null,
            };
            if (lineReason is not null && lineReason == reason)
            {
                end = line.Line.End;
                continue;
            }
            if (start is { } s) removed.Add(new RemovedSpan(source.SpanOf(s, end), reason!));
            if (lineReason is null) (start, end, reason) = ((int?)null, 0, (string?)null);
            else (start, end, reason) = (line.Line.Start, line.Line.End, lineReason);
        }
        if (start is { } last) removed.Add(new RemovedSpan(source.SpanOf(last, end), reason!));
        return removed.ToImmutable();
    }
}
