using Processor.Plugins.Deduplicator;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// A hundred templated newswire lines that differ only in their figures share LSH buckets and never merge; a member
/// is compared with only the first clusters of such a bucket (<c>LshClustering.MaxHeads</c>). A near copy of a line
/// far beyond them is still merged with it: it meets its line in the bands the others do not share.
/// </summary>
public sealed class CrowdedBucketsStillMergeNearCopiesTests
{
    private static string Line(int n, string day) =>
        $"The company reported first quarter results with shr {n} cts vs {n + 7} cts, as net income rose on higher sales of industrial products, it said on {day}.";

    [Fact]
    public void ANearCopyOfTheNinetiethTemplatedLineJoinsIt()
    {
        var claims = Enumerable.Range(1, 100).Select(n => Dedup.Claim(Line(n * 3, "Friday"), $"f{n:000}", 0)).ToList();
        claims.Add(Dedup.Claim(Line(270, "Thursday"), "copy", 0));

        var merged = Dedup.Run([.. claims], new DeduplicatorOptions { Paraphrase = false }).Claims;

        Assert.Equal(100, merged.Length);
        var ninetieth = merged.Single(c => c.Attributions.Any(a => a.SourceId == "f090"));
        Assert.Equal(["copy", "f090"], ninetieth.Attributions.Select(a => a.SourceId).Order(StringComparer.Ordinal));
    }
}
