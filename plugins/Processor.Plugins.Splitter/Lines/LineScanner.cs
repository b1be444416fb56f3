using System.Buffers;
using System.Text;

namespace Processor.Plugins.Splitter.Lines;

/// <summary>Cuts a UTF-8 buffer into lines with trimmed content ranges, without copying the buffer.</summary>
internal static class LineScanner
{
    private static readonly SearchValues<byte> LineEnd = SearchValues.Create("\n"u8);

    /// <summary>The trimmed byte range and word count of every line, without decoding any text.</summary>
    public static List<(int Start, int End, int Words)> Ranges(ReadOnlySpan<byte> bytes)
    {
        var ranges = new List<(int, int, int)>(bytes.Length / 80 + 1);
        var offset = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (offset <= bytes.Length)
        {
            var nl = bytes[offset..].IndexOfAny(LineEnd);
            var length = nl < 0 ? bytes.Length - offset : nl;
            var (start, end) = Trim(bytes, offset, offset + length);
            ranges.Add((start, end, Line.CountWords(bytes[start..end])));
            if (nl < 0) break;
            offset += nl + 1;
            if (offset == bytes.Length) break;
        }
        return ranges;
    }

    public static List<Line> Scan(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<Line>(bytes.Length / 80 + 1);
        var offset = 0;
        // A UTF-8 byte order mark is part of the file but not of the text.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) offset = 3;
        var number = 1;
        while (offset <= bytes.Length)
        {
            var rest = bytes[offset..];
            var nl = rest.IndexOfAny(LineEnd);
            var length = nl < 0 ? rest.Length : nl;
            var (start, end) = Trim(bytes, offset, offset + length);
            var text = start == end ? "" : Encoding.UTF8.GetString(bytes[start..end]);
            lines.Add(new Line(number++, start, end, text, Line.CountWords(bytes[start..end])));
            if (nl < 0) break;
            offset += nl + 1;
            if (offset == bytes.Length) break;
        }
        return lines;
    }

    /// <summary>Trims ASCII white space and the no-break space (U+00A0, which scrapes are full of).</summary>
    private static (int Start, int End) Trim(ReadOnlySpan<byte> bytes, int start, int end)
    {
        while (start < end)
        {
            if (bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r') start++;
            else if (bytes[start] == 0xC2 && start + 1 < end && bytes[start + 1] == 0xA0) start += 2;
            else break;
        }
        while (end > start)
        {
            if (bytes[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r') end--;
            else if (end - 2 >= start && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0) end -= 2;
            else break;
        }
        return (start, end);
    }
}
