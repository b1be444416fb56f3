using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Synthetic pairs whose real shingle Jaccard similarity is measured: above threshold + 0.05 at least
/// 95% are merged; below threshold − 0.1 at most 1% are. Not a timing test: counts only.
/// </summary>
public sealed class NearDuplicateRecallAndPrecisionTests
{
    private static readonly string[] Vocabulary =
        "the group camp members police raid albania iran iraq leader rally paris official report said moved years base west country people cult fighters defectors women men children war government".Split(' ');

    [Fact]
    public void RecallAboveAndFalseMergesBelowTheThresholdMeetTheTargets()
    {
        // The near level alone: the synthetic pairs share long word runs, which the paraphrase level would rightly merge too.
        var options = new DeduplicatorOptions { Paraphrase = false };
        var hasher = new MinHasher(options.Permutations, options.ShingleSize);
        var random = new Random(12345);
        int above = 0, aboveMerged = 0, below = 0, belowMerged = 0;
        for (var i = 0; i < 600; i++)
        {
            var words = Enumerable.Range(0, 18).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            var original = string.Join(' ', words) + $" case {i}.";
            var edited = (string[])words.Clone();
            var changes = random.Next(0, 10);
            for (var c = 0; c < changes; c++) edited[random.Next(edited.Length)] = Vocabulary[random.Next(Vocabulary.Length)] + "x";
            var variant = string.Join(' ', edited) + $" case {i}.";

            var jaccard = ShingleSet.Jaccard(hasher.Shingles(TextNormalizer.FoldForComparison(original)), hasher.Shingles(TextNormalizer.FoldForComparison(variant)));
            var merged = Dedup.Run([Dedup.Claim(original, "a", 0), Dedup.Claim(variant, "b", 0)], options).Claims.Length == 1;
            if (jaccard >= options.Threshold + 0.05) { above++; if (merged) aboveMerged++; }
            else if (jaccard <= options.Threshold - 0.1) { below++; if (merged) belowMerged++; }
        }
        Assert.True(above > 50 && below > 50, $"too few pairs: {above} above, {below} below");
        Assert.True(aboveMerged >= 0.95 * above, $"recall {aboveMerged}/{above}");
        Assert.True(belowMerged <= 0.01 * below, $"false merges {belowMerged}/{below}");
    }
}
