using System.Collections.Immutable;
using System.Text;
using Processor.Abstractions;

namespace Processor.Plugins.Splitter.Formats;

/// <summary>
/// Text files that are not plain UTF-8 (UTF-16, a legacy code page, or UTF-8 with invalid bytes): the text is
/// transcoded to UTF-8 in memory, split by the ordinary text splitter, and every span is mapped back to byte offsets
/// of the original file, so provenance still points at the untouched bytes (the host checks them with the file's own
/// decoding).
/// </summary>
internal static class TranscodedSplitter
{
    public static SourceResult Split(SourceText source, IStageContext context, Func<SourceText, IStageContext, SourceResult> splitUtf8)
    {
        var byteOrderMark = source.Encoding is TextEncoding.Utf16LittleEndian or TextEncoding.Utf16BigEndian ? 2 : 0;
        var decoded = source.Decode(byteOrderMark, source.Bytes.Length);
        var utf8 = Encoding.UTF8.GetBytes(decoded.Text);
        var map = Utf8ToSource(decoded, utf8.Length);
        var view = new SourceText(source.File, utf8);
        var result = splitUtf8(view, context);

        SourceSpan Map(SourceSpan span) => source.SpanOf(map[span.Start], map[span.End]);
        var documents = result.Documents.Select(d => d with
        {
            Span = Map(d.Span),
            TitleSpan = d.TitleSpan is { } t ? Map(t) : null,
            Paragraphs = [.. d.Paragraphs.Select(Map)],
            Sentences = [.. d.Sentences.Select(s => s with { Span = Map(s.Span) })],
            Tags = [.. d.Tags.Select(t => t.Span is { } span ? t with { Span = Map(span) } : t)],
        }).ToImmutableArray();
        var removed = result.Removed.Select(r => r with { Span = Map(r.Span) }).ToImmutableArray();
        return new SourceResult(documents, removed);
    }

    /// <summary>For every UTF-8 offset of the transcoded text, the byte offset in the UTF-16 file.</summary>
    private static int[] Utf8ToSource(DecodedText decoded, int utf8Length)
    {
        var map = new int[utf8Length + 1];
        var u = 0;
        var text = decoded.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var width = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4
                : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            for (var k = 0; k < width; k++) map[u + k] = decoded.ByteOffset(i);
            u += width;
            if (width == 4) i++;
        }
        map[u] = decoded.ByteOffset(text.Length);
        return map;
    }
}
