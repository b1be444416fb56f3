
namespace Processor.Abstractions;

/// <summary>
/// The bytes of one source file with a line index. It is the only way plugins should create
/// <see cref="SourceSpan"/>s: <see cref="SpanOf"/> computes the line numbers from the offsets, so
/// offsets and lines can never disagree.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
    private List<(int Start, int End, bool Hidden)>? _markup;

    /// <summary>Wraps <paramref name="bytes"/> (the untouched file content) of <paramref name="file"/>; its encoding is sniffed (<see cref="CharsetSniffer"/>).</summary>
    public SourceText(SourceFile file, ReadOnlyMemory<byte> bytes)
    {
        File = file;
        Bytes = bytes;
        var span = bytes.Span;
        var sniffed = CharsetSniffer.Sniff(span, file.Format);
        Encoding = sniffed.Encoding;
        Charset = sniffed.Charset;
        HasInvalidBytes = sniffed.InvalidUtf8;
        EncodingNote = sniffed.Note;
        _lineStarts = Encoding is TextEncoding.Utf16LittleEndian or TextEncoding.Utf16BigEndian
            ? IndexUtf16Lines(span, Encoding == TextEncoding.Utf16BigEndian)
            : IndexLines(span);   // UTF-8 and every legacy code page read here keep the line feed byte as it is
    }

    /// <summary>The kind of the file's character encoding.</summary>
    public TextEncoding Encoding { get; }

    /// <summary>The decoder for the file's bytes (UTF-8, UTF-16, or the legacy code page a page declares).</summary>
    public System.Text.Encoding Charset { get; }

    /// <summary>True when the file is read as UTF-8 but some of its byte sequences are not UTF-8 (they read as U+FFFD).</summary>
    public bool HasInvalidBytes { get; }

    /// <summary>Why the file is read in an encoding other than plain UTF-8, for the run's log; null when it is plain UTF-8.</summary>
    public string? EncodingNote { get; }

    /// <summary>True when the bytes are well-formed UTF-8 plain text: the text at a span is then exactly its bytes.</summary>
    private bool IsPlainUtf8 => File.Format == SourceFormat.Text && Encoding == TextEncoding.Utf8 && !HasInvalidBytes;

    /// <summary>The file these bytes came from.</summary>
    public SourceFile File { get; }

    /// <summary>The untouched bytes of the file.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Number of lines: line feeds + 1 (a file ending in a line feed has an empty last line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The span <c>[start, end)</c> with its 1-based start and end lines.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside the file.</exception>
    public SourceSpan SpanOf(int start, int end)
    {
        if (start < 0 || end < start || end > Bytes.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is outside {File.Path} ({Bytes.Length} bytes)");
        var line = LineOf(start);
        var endLine = end > start ? LineOf(end - 1) : line;
        return new SourceSpan(File.Id, start, end, line, endLine);
    }

    /// <summary>1-based line that contains the byte at <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var i = ((ReadOnlySpan<int>)_lineStarts).BinarySearch(offset);   // the span overload: no comparer call per step
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>1-based column (in bytes) of <paramref name="offset"/> on its line.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    /// <summary>The bytes at <paramref name="span"/>.</summary>
    public ReadOnlySpan<byte> BytesOf(SourceSpan span) => Bytes.Span[span.Start..span.End];

    /// <summary>
    /// The text at <paramref name="span"/>: its bytes decoded as UTF-8 and, for JSON Lines and HTML sources,
    /// unescaped as the format says (<see cref="DecodedText"/>).
    /// </summary>
    public string TextOf(SourceSpan span) =>
        IsPlainUtf8 ? System.Text.Encoding.UTF8.GetString(BytesOf(span)) : Decode(span.Start, span.End).Text;

    /// <summary>The text of bytes <c>[start, end)</c> with the file offset of every character.</summary>
    public DecodedText Decode(int start, int end) => DecodedText.Decode(Bytes.Span[start..end], start, File.Format, Charset);

    /// <summary>
    /// Null when <paramref name="span"/> is page text; else why not. For HTML a span must start and end on text (not
    /// inside a tag, a comment, the head, a script or a style) and hold no script, style or head content; plain text and
    /// JSON Lines have no markup of that kind.
    /// </summary>
    public string? MarkupProblem(SourceSpan span)
    {
        if (File.Format != SourceFormat.Html || span.End <= span.Start) return null;
        _markup ??= MarkupRanges();
        var ranges = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_markup);
        var i = FirstEndingAfter(ranges, span.Start);
        if (i < ranges.Length && ranges[i].Start <= span.Start) return $"starts inside markup at byte {span.Start}";
        var j = FirstEndingAfter(ranges, span.End - 1);
        if (j < ranges.Length && ranges[j].Start <= span.End - 1) return $"ends inside markup at byte {span.End - 1}";
        for (var k = i; k < j && k < ranges.Length; k++)
            if (ranges[k].Hidden) return $"holds a script, style or head at bytes [{ranges[k].Start},{ranges[k].End})";
        return null;
    }

    /// <summary>Index of the first range whose end is after <paramref name="offset"/> (ranges are sorted and disjoint).</summary>
    private static int FirstEndingAfter(ReadOnlySpan<(int Start, int End, bool Hidden)> ranges, int offset)
    {
        var (lo, hi) = (0, ranges.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ranges[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The byte ranges that are not page text (<see cref="HtmlMarkup.NonTextRanges"/>) of the whole file.</summary>
    private List<(int Start, int End, bool Hidden)> MarkupRanges()
    {
        var chars = DecodedText.Decode(Bytes.Span, 0, SourceFormat.Text, Charset);
        return HtmlMarkup.NonTextRanges(chars.Text).Select(r => (chars.ByteOffset(r.Start), chars.ByteOffset(r.End), r.Hidden)).ToList();
    }

    /// <summary>True when <paramref name="text"/> is exactly the text at <paramref name="span"/>.</summary>
    public bool Matches(SourceSpan span, string text)
    {
        if (span.SourceId != File.Id || span.Start < 0 || span.End > Bytes.Length || span.End < span.Start)
            return false;
        if (!IsPlainUtf8) return TextOf(span) == text;
        var bytes = BytesOf(span);
        if (System.Text.Encoding.UTF8.GetByteCount(text) != bytes.Length)
            return false;
        Span<byte> buffer = bytes.Length <= 512 ? stackalloc byte[bytes.Length] : new byte[bytes.Length];
        System.Text.Encoding.UTF8.GetBytes(text, buffer);
        return buffer.SequenceEqual(bytes);
    }

    /// <summary>Line starts of a UTF-16 file: after every U+000A code unit (2-byte aligned after the BOM).</summary>
    private static int[] IndexUtf16Lines(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var starts = new List<int> { 0 };
        for (var i = 2; i + 1 < bytes.Length; i += 2)
        {
            var unit = bigEndian ? bytes[i] << 8 | bytes[i + 1] : bytes[i + 1] << 8 | bytes[i];
            if (unit == '\n') starts.Add(i + 2);
        }
        return starts.ToArray();
    }

    private static int[] IndexLines(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int>(bytes.Length / 64 + 1) { 0 };
        var offset = 0;
        while (true)
        {
            var i = bytes[offset..].IndexOf((byte)'\n');
            if (i < 0) break;
            offset += i + 1;
            // The position after a final line feed starts an (empty) last line, so an empty span at the
            // end of the file is on the line after the last line feed.
            starts.Add(offset);
        }
        return starts.ToArray();
    }
}
