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
