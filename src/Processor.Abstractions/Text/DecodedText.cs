using System.Globalization;
using System.Net;
using System.Text;

namespace Processor.Abstractions;

/// <summary>
/// Text decoded from a byte range of a source, with the byte offset of every character, so a range of the
/// decoded text maps back to an exact byte span of the untouched file. Plugins that split JSON strings or
/// HTML use it; the host validates spans with the same decoding.
/// </summary>
/// <remarks>
/// Two layers: the characters of the bytes in the source's encoding (UTF-8 with invalid sequences as U+FFFD,
/// UTF-16, or a legacy code page), then the format's own escaping on those characters (HTML tags and entities,
/// JSON string escapes). Every encoding gets the same format rules.
/// </remarks>
public sealed class DecodedText
{
    // Either a byte offset and end per character (formats whose markup or escapes lie between characters), or, for
    // plain UTF-8 text, where characters follow each other byte for byte, only the characters not one byte wide: the
    // offset of character i is start + i plus the extra bytes of those before it. A page read whole as text then costs
    // its string, not three arrays more (12 bytes a byte of input, the largest allocation of reading HTML).
    private readonly int[]? _offsets;
    private readonly int[]? _ends;
    private readonly int _start;
    private readonly int[] _wideChars = [];
    private readonly int[] _extraAfter = [];

    private DecodedText(string text, int[] offsets, int[] ends)
    {
        Text = text;
        _offsets = offsets;
        _ends = ends;
    }

    private DecodedText(string text, int start, int[] wideChars, int[] extraAfter)
    {
        Text = text;
        _start = start;
        _wideChars = wideChars;
        _extraAfter = extraAfter;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>Byte offset (in the file) where character <paramref name="index"/> starts; <c>Text.Length</c> gives the end of the bytes decoded.</summary>
    public int ByteOffset(int index)
    {
        if (_offsets is not null) return _offsets[index];
        if ((uint)index > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return SparseOffset(_start, _wideChars, _extraAfter, index);
    }

    /// <summary>
    /// The offset of character <paramref name="index"/> of plain UTF-8 kept sparsely: the last character not one byte
    /// wide before it says how many extra bytes lie before it.
    /// </summary>
    private static int SparseOffset(int start, int[] wideChars, int[] extraAfter, int index)
    {
        var k = Array.BinarySearch(wideChars, index - 1);
        if (k < 0) k = ~k - 1;
        return start + index + (k >= 0 ? extraAfter[k] : 0);
    }

    /// <summary>Where a range of sparse UTF-8 ending before <paramref name="index"/> ends: after a surrogate pair's four bytes for its first half.</summary>
    private static int SparseEnd(int start, int[] wideChars, int[] extraAfter, ReadOnlySpan<char> text, int index) =>
        SparseOffset(start, wideChars, extraAfter, index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) ? index + 1 : index);

    /// <summary>
    /// Byte offset (in the file) just after character <c>index - 1</c>: where a range of the text that ends before
    /// <paramref name="index"/> ends in the file. It differs from <see cref="ByteOffset"/> where markup lies between two
    /// characters (an HTML tag after a sentence's full stop is not part of the sentence).
    /// </summary>
    public int ByteEnd(int index)
    {
        if (_ends is not null) return index == 0 ? _offsets![0] : _ends[index - 1];
        if ((uint)index > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return SparseEnd(_start, _wideChars, _extraAfter, Text, index);
    }

    /// <summary>The bytes of the characters <c>[start, end)</c>: from the first one's first byte to the last one's last.</summary>
    public (int Start, int End) ByteRange(int start, int end) => end > start ? (ByteOffset(start), ByteEnd(end)) : (ByteOffset(start), ByteOffset(start));

    /// <summary>Decodes <paramref name="bytes"/>, which start at file offset <paramref name="start"/>, as UTF-8 <paramref name="format"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int start, SourceFormat format) => Decode(bytes, start, format, Encoding.UTF8);

    /// <summary>
    /// Decodes <paramref name="bytes"/> (starting at file offset <paramref name="start"/>) as <paramref name="format"/> in
    /// <paramref name="encoding"/> (UTF-8 or UTF-16; a legacy code page needs the overload that takes its decoder).
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int start, SourceFormat format, TextEncoding encoding) =>
        Decode(bytes, start, format, encoding switch
        {
            TextEncoding.Utf16LittleEndian => Encoding.Unicode,
            TextEncoding.Utf16BigEndian => Encoding.BigEndianUnicode,
            TextEncoding.Utf8 => Encoding.UTF8,
            _ => throw new ArgumentException("a legacy code page needs its decoder: use the overload that takes a System.Text.Encoding", nameof(encoding)),
        });

    /// <summary>Decodes <paramref name="bytes"/> (starting at file offset <paramref name="start"/>) as <paramref name="format"/> in <paramref name="charset"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int start, SourceFormat format, Encoding charset)
    {
        if (charset.CodePage == 65001)
        {
            var (utf8, utf8Length, wide, extras) = Utf8Plain(bytes);
            var plain = new CharBytes(start, wide, extras, utf8, utf8Length);
            return format switch
            {
                SourceFormat.Html => Html(utf8, plain, utf8Length),
                SourceFormat.JsonLines => Json(utf8, plain, utf8Length),
                _ => new DecodedText(new string(utf8, 0, utf8Length), start, wide, extras),
            };
        }
        var (chars, offsets, ends, length) = charset.CodePage switch
        {
            1200 => Utf16(bytes, start, bigEndian: false),
            1201 => Utf16(bytes, start, bigEndian: true),
            _ => CodePage(bytes, start, charset),
        };
        return format switch
        {
            SourceFormat.Html => Html(chars, new CharBytes(offsets, ends), length),
            SourceFormat.JsonLines => Json(chars, new CharBytes(offsets, ends), length),
            _ => new DecodedText(new string(chars, 0, length), offsets.Length == length + 1 ? offsets : offsets[..(length + 1)], ends),
        };
    }

    /// <summary>
    /// Where each character of a plain decoding starts and ends in the file, for the format layer: an offset and an end
    /// per character (UTF-16, code pages), or for UTF-8 only the characters not one byte wide (the same rule as a
    /// <see cref="DecodedText"/> of plain UTF-8 follows).
    /// </summary>
    private sealed class CharBytes
    {
        private readonly int[]? _offsets;
        private readonly int[]? _ends;
        private readonly int _start;
        private readonly int[] _wide = [];
        private readonly int[] _extras = [];
        private readonly char[] _chars = [];
        private readonly int _length;

        public CharBytes(int[] offsets, int[] ends) => (_offsets, _ends) = (offsets, ends);

        public CharBytes(int start, int[] wide, int[] extras, char[] chars, int length) =>
            (_start, _wide, _extras, _chars, _length) = (start, wide, extras, chars, length);

        /// <summary>Where character <paramref name="i"/> starts (<c>length</c>: the end of the bytes).</summary>
        public int Offset(int i) => _offsets?[i] ?? SparseOffset(_start, _wide, _extras, i);

        /// <summary>Where character <paramref name="i"/> ends.</summary>
        public int End(int i) => _ends?[i] ?? SparseEnd(_start, _wide, _extras, _chars.AsSpan(0, _length), i + 1);
    }

    /// <summary>
    /// UTF-8, an invalid sequence as one U+FFFD mapped to its bytes, keeping only the characters that are not one byte
    /// wide and the extra bytes up to each: a high surrogate takes none of its pair's bytes and the low one all four.
    /// </summary>
    private static (char[] Chars, int Length, int[] Wide, int[] Extras) Utf8Plain(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        if (Ascii.IsValid(bytes))
        {
            Encoding.ASCII.GetChars(bytes, chars);
            return (chars, bytes.Length, [], []);
        }
        var wide = new List<int>();
        var extras = new List<int>();
        var extra = 0;
        var n = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
                continue;
            }
            Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            var width = rune.EncodeToUtf16(chars.AsSpan(n));
            if (width == 1)
            {
                wide.Add(n);
                extras.Add(extra += consumed - 1);
            }
            else
            {
                wide.Add(n);
                extras.Add(extra -= 1);
                wide.Add(n + 1);
                extras.Add(extra += consumed - 1);
            }
            n += width;
            i += consumed;
        }
        return (chars, n, [.. wide], [.. extras]);
    }

    /// <summary>UTF-16 code units, each mapped to its two bytes (a surrogate pair maps to two offsets).</summary>
    private static (char[] Chars, int[] Offsets, int[] Ends, int Length) Utf16(ReadOnlySpan<byte> bytes, int start, bool bigEndian)
    {
        var units = bytes.Length / 2;
        var chars = new char[units];
        var offsets = new int[units + 1];
        var ends = new int[units];
        for (var i = 0; i < units; i++)
        {
            var (a, b) = (bytes[2 * i], bytes[2 * i + 1]);
            chars[i] = (char)(bigEndian ? a << 8 | b : b << 8 | a);
            (offsets[i], ends[i]) = (start + 2 * i, start + 2 * i + 2);
        }
        offsets[units] = start + 2 * units;
        return (chars, offsets, ends, units);
    }

    /// <summary>A legacy code page, one byte at a time through its decoder, so each character maps to the bytes that made it.</summary>
    private static (char[] Chars, int[] Offsets, int[] Ends, int Length) CodePage(ReadOnlySpan<byte> bytes, int start, Encoding charset)
    {
        var decoder = charset.GetDecoder();
        var chars = new char[bytes.Length + 2];
        var offsets = new int[bytes.Length + 3];
        var ends = new int[bytes.Length + 2];
        var n = 0;
        var sequenceStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var produced = decoder.GetChars(bytes.Slice(i, 1), chars.AsSpan(n), flush: i == bytes.Length - 1);
            for (var k = 0; k < produced; k++) (offsets[n + k], ends[n + k]) = (start + sequenceStart, start + i + 1);
            n += produced;
            if (produced > 0) sequenceStart = i + 1;
        }
        offsets[n] = start + bytes.Length;
        return (chars, offsets, ends, n);
    }

    /// <summary>
    /// HTML: tags and comments removed, entities decoded. A tag is <c>&lt;</c> followed by a letter, <c>/</c>, <c>!</c>
    /// or <c>?</c>, up to the next <c>&gt;</c> (a comment up to <c>--&gt;</c>); a lone <c>&lt;</c> ("a &lt; b") is text.
    /// </summary>
    private static DecodedText Html(char[] chars, CharBytes bytes, int length)
    {
        var text = new StringBuilder(length);
        var map = new int[length + 1];
        var mapEnds = new int[length];
        var n = 0;
        var i = 0;
        while (i < length)
        {
            var c = chars[i];
            if (c == '<' && HtmlMarkup.TagEnd(chars.AsSpan(0, length), i) is var end and > 0)
            {
                i = end;
                continue;
            }
            if (c == '&' && Entity(chars, i, length) is var (decoded, consumed))
            {
                foreach (var d in decoded)
                {
                    text.Append(d);
                    (map[n], mapEnds[n++]) = (bytes.Offset(i), bytes.End(i + consumed - 1));
                }
                i += consumed;
                continue;
            }
            text.Append(c);
            (map[n], mapEnds[n++]) = (bytes.Offset(i), bytes.End(i));
            i++;
        }
        map[n] = bytes.Offset(length);
        return new DecodedText(text.ToString(), n == length ? map : map[..(n + 1)], mapEnds);
    }

    /// <summary>A character reference at <paramref name="at"/> (at most 12 characters, ';'-terminated): its text and length.</summary>
    private static (string Text, int Length)? Entity(char[] chars, int at, int length)
    {
        var limit = Math.Min(length, at + 13);
        for (var j = at + 1; j < limit; j++)
        {
            var c = chars[j];
            if (c == ';')
            {
                if (j == at + 1) return null;
                var entity = new string(chars, at, j - at + 1);
                var decoded = WebUtility.HtmlDecode(entity);
                return decoded == entity ? null : (CleanSurrogates(decoded), j - at + 1);
            }
            if (c is '<' or '&' or ' ' or '\n') return null;
        }
        return null;
    }

    /// <summary>The content of a JSON string (without its quotes): escapes decoded, each character mapped to its escape's characters.</summary>
    private static DecodedText Json(char[] chars, CharBytes bytes, int length)
    {
        var text = new char[length];
        var map = new int[length + 1];
        var mapEnds = new int[length];
        var n = 0;
        var i = 0;
        while (i < length)
        {
            if (chars[i] != '\\' || i + 1 >= length)
            {
                text[n] = chars[i];
                (map[n], mapEnds[n++]) = (bytes.Offset(i), bytes.End(i));
                i++;
                continue;
            }
            var escape = chars[i + 1];
            if (escape == 'u' && i + 6 <= length &&
                int.TryParse(chars.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                text[n] = (char)code;   // surrogate pairs arrive as two escapes, each mapped to its own bytes
                (map[n], mapEnds[n++]) = (bytes.Offset(i), bytes.End(i + 5));
                i += 6;
                continue;
            }
            text[n] = escape switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escape };
            (map[n], mapEnds[n++]) = (bytes.Offset(i), bytes.End(i + 1));
            i += 2;
        }
        map[n] = bytes.Offset(length);
        // A lone surrogate escape ("\ud800") is no character: it reads as U+FFFD, so the text can always be written out.
        for (var k = 0; k < n; k++)
        {
            if (char.IsHighSurrogate(text[k]) && k + 1 < n && char.IsLowSurrogate(text[k + 1])) { k++; continue; }
            if (char.IsSurrogate(text[k])) text[k] = '\uFFFD';
        }
        return new DecodedText(new string(text, 0, n), n == length ? map : map[..(n + 1)], mapEnds);
    }

    private static string CleanSurrogates(string s)
    {
        for (var k = 0; k < s.Length; k++)
        {
            if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1])) { k++; continue; }
            if (char.IsSurrogate(s[k])) return s.Replace(s[k], '\uFFFD');
        }
        return s;
    }
}
