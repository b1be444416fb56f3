using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace Processor.Abstractions;

/// <summary>
/// Text decoded from a byte range of a source, with the byte offset of every character, so a range of the
/// decoded text maps back to an exact byte span of the untouched file. Plugins that split JSON strings or
/// HTML use it; the host validates spans with the same decoding.
/// </summary>
public sealed class DecodedText
{
    private readonly int[] _offsets;

    private DecodedText(string text, int[] offsets)
    {
        Text = text;
        _offsets = offsets;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>Byte offset (in the file) where character <paramref name="index"/> starts; <c>Text.Length</c> gives the end.</summary>
    public int ByteOffset(int index) => _offsets[index];

    /// <summary>Decodes <paramref name="bytes"/>, which start at file offset <paramref name="start"/>, as <paramref name="format"/>.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int start, SourceFormat format) => Decode(bytes, start, format, TextEncoding.Utf8);

    /// <summary>
    /// Decodes <paramref name="bytes"/> (starting at file offset <paramref name="start"/>) as <paramref name="format"/> in
    /// <paramref name="encoding"/>. UTF-16 sources are read as plain text.
    /// </summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int start, SourceFormat format, TextEncoding encoding) => (format, encoding) switch
    {
        (_, TextEncoding.Utf16LittleEndian) => Utf16(bytes, start, bigEndian: false),
        (_, TextEncoding.Utf16BigEndian) => Utf16(bytes, start, bigEndian: true),
        (SourceFormat.JsonLines, _) => Json(bytes, start),
        (SourceFormat.Html, _) => Html(bytes, start),
        _ => Utf8(bytes, start),
    };

    /// <summary>UTF-16 code units, each mapped to its two bytes (a surrogate pair maps to two offsets).</summary>
    private static DecodedText Utf16(ReadOnlySpan<byte> bytes, int start, bool bigEndian)
    {
        var units = bytes.Length / 2;
        var text = new char[units];
        var offsets = new int[units + 1];
        for (var i = 0; i < units; i++)
        {
            var (a, b) = (bytes[2 * i], bytes[2 * i + 1]);
            text[i] = (char)(bigEndian ? a << 8 | b : b << 8 | a);
            offsets[i] = start + 2 * i;
        }
        offsets[units] = start + 2 * units;
        return new DecodedText(new string(text), offsets);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, int start)
    {
        var text = new StringBuilder(bytes.Length);
        var offsets = new List<int>(bytes.Length + 1);
        var i = 0;
        while (i < bytes.Length)
        {
            Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            AppendRune(text, offsets, rune, start + i);
            i += consumed;
        }
        offsets.Add(start + i);
        return new DecodedText(text.ToString(), [.. offsets]);
    }

    /// <summary>The content of a JSON string (without its quotes): escapes decoded, each character mapped to its escape's bytes.</summary>
    private static DecodedText Json(ReadOnlySpan<byte> bytes, int start)
    {
        var text = new StringBuilder(bytes.Length);
        var offsets = new List<int>(bytes.Length + 1);
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] != (byte)'\\' || i + 1 >= bytes.Length)
            {
                Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
                AppendRune(text, offsets, rune, start + i);
                i += consumed;
                continue;
            }
            var escape = bytes[i + 1];
            if (escape == (byte)'u' && i + 6 <= bytes.Length &&
                int.TryParse(Encoding.ASCII.GetString(bytes.Slice(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);   // surrogate pairs arrive as two escapes, each mapped to its own bytes
                offsets.Add(start + i);
                i += 6;
                continue;
            }
            text.Append(escape switch { (byte)'n' => '\n', (byte)'t' => '\t', (byte)'r' => '\r', (byte)'b' => '\b', (byte)'f' => '\f', _ => (char)escape });
            offsets.Add(start + i);
            i += 2;
        }
        offsets.Add(start + i);
        return new DecodedText(text.ToString(), [.. offsets]);
    }

    /// <summary>HTML: tags (and comments, scripts, styles) removed, entities decoded.</summary>
    private static DecodedText Html(ReadOnlySpan<byte> bytes, int start)
    {
        var text = new StringBuilder(bytes.Length);
        var offsets = new List<int>(bytes.Length + 1);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == (byte)'<')
            {
                var close = bytes[i..].IndexOf((byte)'>');
                i = close < 0 ? bytes.Length : i + close + 1;
                continue;
            }
            if (b == (byte)'&')
            {
                var after = bytes[(i + 1)..].IndexOfAny(";<& \n"u8);
                var semicolon = after < 0 ? -1 : after + 1;
                if (semicolon > 1 && semicolon <= 12 && bytes[i + semicolon] == (byte)';')
                {
                    var entity = Encoding.ASCII.GetString(bytes.Slice(i, semicolon + 1));
                    var decoded = WebUtility.HtmlDecode(entity);
                    if (decoded != entity)
                    {
                        foreach (var c in decoded)
                        {
                            text.Append(c);
                            offsets.Add(start + i);
                        }
                        i += semicolon + 1;
                        continue;
                    }
                }
            }
            Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            AppendRune(text, offsets, rune, start + i);
            i += consumed;
        }
        offsets.Add(start + i);
        return new DecodedText(text.ToString(), [.. offsets]);
    }

    private static void AppendRune(StringBuilder text, List<int> offsets, Rune rune, int offset)
    {
        Span<char> chars = stackalloc char[2];
        var n = rune.EncodeToUtf16(chars);
        for (var k = 0; k < n; k++)
        {
            text.Append(chars[k]);
            offsets.Add(offset);
        }
    }
}
