using System.Text;
using CsCheck;
using Processor.Abstractions;

namespace Processor.Core.Tests.Pipeline;

/// <summary>The provenance primitive: for any text and range, offsets, lines and decoded text agree.</summary>
public sealed class SourceTextSpanPropertyTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf<string>("a", "é", "€", "😀", " ", "\n", "\r\n", ".", "Word", "ش")
            .Array[0, 60]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void LinesOfASpanEqualTheNewlinesBeforeIt()
    {
        Gen.Select(Texts, Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((text, a, b) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var source = new SourceText(new SourceFile("s", "s.txt", "/s.txt", "", bytes.Length), bytes);
            var start = bytes.Length == 0 ? 0 : a % (bytes.Length + 1);
            var end = start + (bytes.Length - start == 0 ? 0 : b % (bytes.Length - start + 1));
            var span = source.SpanOf(start, end);

            Assert.Equal(bytes.AsSpan(0, start).Count((byte)'\n') + 1, span.Line);
            var last = end > start ? end - 1 : start;
            Assert.Equal(bytes.AsSpan(0, Math.Min(last, bytes.Length)).Count((byte)'\n') + 1, span.EndLine);
            Assert.True(source.BytesOf(span).SequenceEqual(bytes.AsSpan(start, end - start)));
        });
    }

    [Fact]
    public void TextOfASpanMatchesOnlyItsOwnBytes()
    {
        Gen.Select(Texts, Texts).Sample((prefix, middle) =>
        {
            var full = prefix + middle + "!";
            var bytes = Encoding.UTF8.GetBytes(full);
            var source = new SourceText(new SourceFile("s", "s.txt", "/s.txt", "", bytes.Length), bytes);
            var start = Encoding.UTF8.GetByteCount(prefix);
            var span = source.SpanOf(start, start + Encoding.UTF8.GetByteCount(middle));
            Assert.Equal(middle, source.TextOf(span));
            Assert.True(source.Matches(span, middle));
            Assert.False(source.Matches(span, middle + "x"));
        });
    }

    [Fact]
    public void AnEmptySpanAfterTheFinalLineFeedIsOnTheNextLine()
    {
        // Found by the property above (seed 9X6vZL4CM5I1): "€\r\n", span [5,5).
        var bytes = Encoding.UTF8.GetBytes("€\r\n");
        var source = new SourceText(new SourceFile("s", "s.txt", "/s.txt", "", bytes.Length), bytes);
        Assert.Equal(2, source.SpanOf(5, 5).Line);
        Assert.Equal(1, source.SpanOf(0, 5).EndLine);
    }
}
