using CsCheck;

namespace Processor.Abstractions.Tests;

/// <summary><see cref="Tag.HasSameAttributes"/> agrees with comparing the attribute maps entry by entry, whatever order they were built in.</summary>
public sealed class TagAttributesCompareByValueTests
{
    private static readonly Gen<(string Key, string Value)[]> Attributes =
        Gen.Select(Gen.String["abc"], Gen.String["xy"]).Array[0, 4];

    private static Tag Build((string Key, string Value)[] attributes) =>
        attributes.Aggregate(new Tag("figure", "12"), (tag, a) => tag.With(a.Key, a.Value));

    [Fact]
    public void AgreesWithAnEntryByEntryComparison()
    {
        Gen.Select(Attributes, Attributes).Sample((a, b) =>
        {
            var (x, y) = (Build(a), Build(b));
            var expected = x.Attributes.Count == y.Attributes.Count
                && x.Attributes.All(p => y.Attributes.TryGetValue(p.Key, out var v) && v == p.Value);
            Assert.Equal(expected, x.HasSameAttributes(y));
            if (a.Select(p => p.Key).Distinct().Count() == a.Length)
                Assert.True(x.HasSameAttributes(Build([.. a.Reverse()])), "the same entries added in another order");
        });
    }

    [Fact]
    public void AValueThatDiffersOnlyInCaseIsAnotherValue()
    {
        var unit = new Tag("figure", "12").With("unit", "tonne");
        Assert.False(unit.HasSameAttributes(new Tag("figure", "12").With("unit", "Tonne")));
        Assert.True(unit.HasSameAttributes(new Tag("figure", "12").With("unit", "tonne")));
    }
}
