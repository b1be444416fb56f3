using CsCheck;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>Signatures are computed a vector at a time; these properties pin them to the scalar definition.</summary>
public sealed class MinHashSignatureTests
{
    private static readonly Gen<ulong[]> Shingles = Gen.ULong.Array[1, 400].Select(a => ShingleSet.Distinct(a));

    [Fact]
    public void TheSignatureOfAUnionIsTheMinimumOfTheSignatures() =>
        Gen.Select(Shingles, Shingles).Sample((a, b) =>
        {
            var hasher = new MinHasher(128, 5);
            var union = ShingleSet.Distinct([.. a, .. b]);
            var expected = hasher.Signature(a).Zip(hasher.Signature(b), Math.Min).ToArray();
            Assert.Equal(expected, hasher.Signature(union));
        });

    [Fact]
    public void PermutationsLeftOverFromTheVectorsAgreeWithVectorisedOnes() =>
        // 7 permutations: one or two vector blocks and a scalar rest; they are the first 7 of 128 (same seeds).
        Shingles.Sample(shingles =>
            Assert.Equal(new MinHasher(128, 5).Signature(shingles)[..7], new MinHasher(7, 5).Signature(shingles)));
}
