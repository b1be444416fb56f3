using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>
/// Locality-sensitive hashing shared by claim and document merging: units whose MinHash signatures agree on
/// a whole band land in one bucket and become candidates; a candidate joins a cluster only when the caller's
/// real similarity says so. Inside a bucket a unit is compared with one member (the head) of each cluster
/// already there, not with every member: a sentence copied into thousands of files fills one bucket, and
/// pairwise checks there would be quadratic. A bucket can still hold thousands of clusters that stay apart —
/// templated newswire lines ("Shr 12 cts vs 10 cts", "Revs 5.5 mln vs 9.1 mln") share their bands but differ in
/// their figures, so they are never merged — and a member is compared with at most <see cref="MaxHeads"/> of them
/// (the first ones): on 100 MB of newswire every member was compared with every other cluster of such a bucket,
/// and the near level took 12 of the deduplicator's 28 seconds. A true near copy shares other bands (32 by
/// default) with its cluster, where the bucket is small.
/// </summary>
internal static class LshClustering
{
    /// <summary>One hash per band of <paramref name="signature"/>; only these are needed for bucketing.</summary>
    public static void BandKeys(ReadOnlySpan<uint> signature, Span<ulong> keys)
    {
        var rows = signature.Length / keys.Length;
        for (var band = 0; band < keys.Length; band++)
            keys[band] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.Slice(band * rows, rows)));
    }

    /// <summary>Clusters of one bucket a member is compared with at most.</summary>
    public const int MaxHeads = 64;

    private static bool HasHeadIn(List<int> heads, int root, UnionFind sets)
    {
        foreach (var head in heads)
            if (sets.Find(head) == root) return true;
        return false;
    }

    /// <summary>A unit's band keys: exactly one per band, or none when it takes no part.</summary>
    public delegate ReadOnlySpan<ulong> BandKeysOf(int unit);

    /// <summary>Unions into <paramref name="sets"/> the candidates of <paramref name="units"/> that <paramref name="similarity"/> accepts.</summary>
    /// <param name="similarity">The similarity of two units, or null when they must not be merged.</param>
    /// <param name="merged">Called for each union made, with (head, member, similarity).</param>
    public static void Cluster(IEnumerable<int> units, BandKeysOf bandKeys, int bands, UnionFind sets,
        Func<int, int, double?> similarity, Action<int, int, double> merged, CancellationToken cancellation)
    {
        var candidates = units.Where(u => bandKeys(u).Length == bands).ToArray();
        // Buckets as chains through one array (first member per key, then next[position]): no list per bucket.
        var first = new Dictionary<ulong, int>(candidates.Length);
        var next = new int[candidates.Length];
        var last = new int[candidates.Length];
        var heads = new List<int>();
        for (var band = 0; band < bands; band++)
        {
            cancellation.ThrowIfCancellationRequested();
            first.Clear();
            for (var k = 0; k < candidates.Length; k++)
            {
                next[k] = -1;
                var key = bandKeys(candidates[k])[band];
                if (first.TryGetValue(key, out var head))
                {
                    next[last[head]] = k;
                    last[head] = k;
                }
                else
                {
                    first[key] = k;
                    last[k] = k;
                }
            }
            foreach (var start in first.Values)
            {
                if (next[start] < 0) continue;   // a bucket of one
                heads.Clear();
                for (var k = start; k >= 0; k = next[k])
                {
                    var member = candidates[k];
                    var root = sets.Find(member);
                    if (HasHeadIn(heads, root, sets)) continue;
                    var joined = false;
                    foreach (var head in heads)
                    {
                        if (similarity(head, member) is not { } score) continue;
                        sets.Union(head, member);
                        merged(head, member, score);
                        joined = true;
                        break;
                    }
                    if (!joined && heads.Count < MaxHeads) heads.Add(member);
                }
            }
        }
    }
}
