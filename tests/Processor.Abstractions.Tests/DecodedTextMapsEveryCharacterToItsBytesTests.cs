using System.Text;
using CsCheck;

namespace Processor.Abstractions.Tests;

/// <summary>
/// <see cref="DecodedText"/> of plain UTF-8 keeps only the characters that are not one byte wide, not an offset per
/// character: for any bytes (ASCII, two-, three- and four-byte sequences, invalid bytes) every character's offset and
/// end must still be the ones a byte-by-byte decoding gives, and the text the same.
/// </summary>
public sealed class DecodedTextMapsEveryCharacterToItsBytesTests
{
    private static readonly Gen<byte[]> Bytes = Gen.OneOf(
            Gen.Const("a"), Gen.Const(" "), Gen.Const("é"), Gen.Const("€"), Gen.Const("日本"), Gen.Const("😀"), Gen.Const("\n"),
            Gen.Byte.Select(b => Encoding.Latin1.GetString([b])))
        .Array[0, 60].Select(parts => parts.SelectMany(p => p.Length == 1 && p[0] > 0x7F && p[0] < 0x100 && p != "é" ? [(byte)p[0]] : Encoding.UTF8.GetBytes(p)).ToArray());

    /// <summary>The byte-by-byte decoding: each character with the offset and end of the bytes it came from.</summary>
    private static (string Text, List<int> Offsets, List<int> Ends) Reference(byte[] bytes, int start)
    {
        var text = new StringBuilder();
        var (offsets, ends) = (new List<int>(), new List<int>());
        for (var i = 0; i < bytes.Length;)
        {
            System.Buffers.OperationStatus _ = Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out var consumed);
            foreach (var c in rune.ToString())
            {
                text.Append(c);
                offsets.Add(start + i);
                ends.Add(start + i + consumed);
            }
            i += consumed;
        }
        offsets.Add(start + bytes.Length);
        return (text.ToString(), offsets, ends);
    }

    [Fact]
    public void EveryCharacterHasTheOffsetAndEndOfItsBytes() =>
        Bytes.Sample(bytes =>
        {
            const int start = 17;
            var decoded = DecodedText.Decode(bytes, start, SourceFormat.Text);
            var (text, offsets, ends) = Reference(bytes, start);
            Assert.Equal(text, decoded.Text);
            for (var i = 0; i <= text.Length; i++) Assert.Equal(offsets[i], decoded.ByteOffset(i));
            for (var i = 1; i <= text.Length; i++)
                if (!char.IsHighSurrogate(text[i - 1])) Assert.Equal(ends[i - 1], decoded.ByteEnd(i));
        });

    private static readonly Gen<string> Html = Gen.OneOf(
            Gen.Const("a"), Gen.Const(" "), Gen.Const("é"), Gen.Const("€"), Gen.Const("😀"), Gen.Const("<b>"), Gen.Const("</p>"),
            Gen.Const("&amp;"), Gen.Const("&#233;"), Gen.Const("&lt;"), Gen.Const("&nbsp;"), Gen.Const("<!-- c -->"), Gen.Const("\n"))
        .Array[0, 40].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Json = Gen.OneOf(
            Gen.Const("a"), Gen.Const(" "), Gen.Const("é"), Gen.Const("😀"), Gen.Const("\\n"), Gen.Const("\\u00e9"), Gen.Const("\\\""), Gen.Const("\\ud83d\\ude00"))
        .Array[0, 40].Select(parts => string.Concat(parts));

    /// <summary>
    /// HTML and JSON Lines read from UTF-8 keep only the wide characters' offsets; read from UTF-16 they keep an offset per
    /// character. Both must give the same text, each character mapped to the bytes of the same source characters.
    /// </summary>
    [Theory]
    [InlineData(SourceFormat.Html)]
    [InlineData(SourceFormat.JsonLines)]
    public void TheFormatsMapUtf8LikeUtf16(SourceFormat format) =>
        (format == SourceFormat.Html ? Html : Json).Sample(text =>
        {
            var utf8 = DecodedText.Decode(Encoding.UTF8.GetBytes(text), 0, format, TextEncoding.Utf8);
            var utf16 = DecodedText.Decode(Encoding.Unicode.GetBytes(text), 0, format, TextEncoding.Utf16LittleEndian);
            Assert.Equal(utf16.Text, utf8.Text);
            int Utf8Offset(int utf16Offset) => Encoding.UTF8.GetByteCount(text.AsSpan(0, utf16Offset / 2));
            // Inside a surrogate pair the two encodings differ by design (UTF-16 maps each half to its own two bytes).
            for (var k = 0; k <= utf8.Text.Length; k++)
                if (k == utf8.Text.Length || !char.IsLowSurrogate(utf8.Text[k])) Assert.Equal(Utf8Offset(utf16.ByteOffset(k)), utf8.ByteOffset(k));
            for (var k = 1; k <= utf8.Text.Length; k++)
                if (!char.IsHighSurrogate(utf8.Text[k - 1])) Assert.Equal(Utf8Offset(utf16.ByteEnd(k)), utf8.ByteEnd(k));
        });

    [Fact]
    public void ARangeEndingInsideASurrogatePairEndsAfterIt()
    {
        var bytes = Encoding.UTF8.GetBytes("a😀b");
        var decoded = DecodedText.Decode(bytes, 0, SourceFormat.Text);
        Assert.Equal((1, 5), decoded.ByteRange(1, 2));
        Assert.Equal((1, 5), decoded.ByteRange(1, 3));
        Assert.Equal(6, decoded.ByteEnd(4));
    }
}
