using System.Collections.Immutable;
using CsCheck;
using Processor.Abstractions;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// A different figure is never a duplicate: two texts whose numbers differ stay two claims at every level (exact,
/// near, paraphrase), however alike the rest of their words — for any sentence and any pair of different numbers.
/// </summary>
public sealed class DifferentFiguresAreNeverMergedTests
{
    private static readonly Gen<string> Word = Gen.OneOf<string>(
        "the", "residents", "were", "evacuated", "from", "village", "after", "river", "burst", "its", "banks", "police",
        "said", "about", "soldiers", "deployed", "homes", "lost", "power", "in", "district", "on", "Monday", "night");

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[0, 99_999].Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double[0, 1000].Select(d => Math.Round(d, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf<string>("two", "three", "twelve", "forty"));

    [Fact]
    public void TextsThatDifferOnlyInANumberAreNeverOneClaim() =>
        Gen.Select(Word.Array[6, 20], Word.Array[0, 10], Number, Number).Sample((before, after, x, y) =>
        {
            var a = string.Join(' ', before) + " " + x + " " + string.Join(' ', after) + ".";
            var b = string.Join(' ', before) + " " + y + " " + string.Join(' ', after) + ".";
            var corpus = Dedup.Run([Dedup.Claim(a, "a", 0), Dedup.Claim(b, "b", 0)]);
            var same = NumberExpressions.SameNumbers(a, b);
            return same || corpus.Claims.Length == 2;
        }, iter: 300);

    [Fact]
    public void AnIndexThatRoseAndOneThatFellAreTwoClaims()
    {
        ImmutableArray<Claim> claims =
        [
            Dedup.Claim("The Nasdaq composite index rose 17.33 points to close at 1,790.47 on Friday.", "a", 0),
            Dedup.Claim("The Nasdaq composite index lost 2 points to close at 1,773.54 on Friday.", "b", 0),
        ];
        Assert.Equal(2, Dedup.Run(claims).Claims.Length);
    }
}
