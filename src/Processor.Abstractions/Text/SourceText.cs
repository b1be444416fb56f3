using System.Text;

namespace Processor.Abstractions;

/// <summary>
/// The bytes of one source file with a line index. It is the only way plugins should create
/// <see cref="SourceSpan"/>s: <see cref="SpanOf"/> computes the line numbers from the offsets, so
/// offsets and lines can never disagree.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps <paramref name="bytes"/> (the untouched file content) of <paramref name="file"/>.</summary>
    public SourceText(SourceFile file, ReadOnlyMemory<byte> bytes)
    {
        File = file;
        Bytes = bytes;
        _lineStarts = IndexLines(bytes.Span);
    }

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
        var i = Array.BinarySearch(_lineStarts, offset);
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
        File.Format == SourceFormat.Text ? Encoding.UTF8.GetString(BytesOf(span)) : Decode(span.Start, span.End).Text;

    /// <summary>The text of bytes <c>[start, end)</c> with the file offset of every character.</summary>
    public DecodedText Decode(int start, int end) => DecodedText.Decode(Bytes.Span[start..end], start, File.Format);

    /// <summary>True when <paramref name="text"/> is exactly the text at <paramref name="span"/>.</summary>
    public bool Matches(SourceSpan span, string text)
    {
        if (span.SourceId != File.Id || span.Start < 0 || span.End > Bytes.Length || span.End < span.Start)
            return false;
        if (File.Format != SourceFormat.Text) return TextOf(span) == text;
        var bytes = BytesOf(span);
        if (Encoding.UTF8.GetByteCount(text) != bytes.Length)
            return false;
        Span<byte> buffer = bytes.Length <= 512 ? stackalloc byte[bytes.Length] : new byte[bytes.Length];
        Encoding.UTF8.GetBytes(text, buffer);
        return buffer.SequenceEqual(bytes);
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
