using CsCheck;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>The table-based shingle sets give exactly what <see cref="HashSet{T}"/> gives (small sets on the stack, large ones pooled).</summary>
public sealed class ShingleSetAgreesWithHashSetTests
{
    // Few distinct values so that sets overlap and repeat; zero and all-ones included (zero is the table's empty mark).
    private static readonly Gen<ulong[]> Hashes = Gen.OneOf(Gen.ULong[0, 40], Gen.Const(0UL), Gen.Const(ulong.MaxValue), Gen.ULong).Array[0, 3000];

    [Fact]
    public void DistinctKeepsEachValueOnceInFirstSeenOrder() =>
        Hashes.Sample(values => Assert.Equal(values.Distinct().ToArray(), ShingleSet.Distinct(values)));

    [Fact]
    public void JaccardIsTheExactSetSimilarity() =>
        Gen.Select(Hashes, Hashes).Sample((a, b) =>
        {
            var x = ShingleSet.Distinct(a);
            var y = ShingleSet.Distinct(b);
            var union = x.Union(y).Count();
            var expected = union == 0 ? 1 : (double)x.Intersect(y).Count() / union;
            Assert.Equal(expected, ShingleSet.Jaccard(x, y), 12);
        });
}
