using CsCheck;

namespace Processor.Abstractions.Tests;

/// <summary><see cref="TextNormalizer.FoldForComparison"/>: what two statements are compared on.</summary>
public sealed class ComparisonFoldingTests
{
    [Theory]
    [InlineData("MEK’s  “cult”", "mek s cult")]
    [InlineData("MEK's \"cult\"", "mek s cult")]
    [InlineData("  The camp—in Albania… is CLOSED!  ", "the camp in albania is closed")]
    [InlineData("Ünïcödé Straße, 2,400 members", "ünïcödé straße 2 400 members")]
    [InlineData("a\u0001b", "ab")]
    [InlineData("", "")]
    public void LettersAndDigitsAreKeptInLowerCaseAndEverythingElseSeparatesWords(string text, string folded) =>
        Assert.Equal(folded, TextNormalizer.FoldForComparison(text));

    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Char["a-zA-Z0-9 .,;’‘“”–—'\"\t\n"], Gen.Char.AlphaNumeric, Gen.Char['\u00C0', '\u024F'], Gen.Char)
        .Array[0, 700].Select(chars => new string(chars));

    [Fact]
    public void FoldingIsIdempotentAndLeavesSingleSpacesBetweenWords() =>
        Text.Sample(text =>
        {
            var folded = TextNormalizer.FoldForComparison(text);
            Assert.Equal(folded, TextNormalizer.FoldForComparison(folded));
            Assert.DoesNotContain("  ", folded);
            Assert.False(folded.StartsWith(' ') || folded.EndsWith(' '));
        });

    [Fact]
    public void LongTextsFoldLikeTheirParts() =>
        // Texts over 512 characters use a pooled buffer instead of the stack: both must agree.
        Text.Sample(text =>
        {
            var part = TextNormalizer.FoldForComparison(text);
            var whole = TextNormalizer.FoldForComparison(string.Join(" ", Enumerable.Repeat(text, 4)));
            Assert.Equal(string.Join(" ", Enumerable.Repeat(part, 4).Where(p => p.Length > 0)), whole);
        });
}
