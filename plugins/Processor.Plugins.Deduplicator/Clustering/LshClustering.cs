using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>
/// Locality-sensitive hashing shared by claim and document merging: units whose MinHash signatures agree on
/// a whole band land in one bucket and become candidates; a candidate joins a cluster only when the caller's
/// real similarity says so. Inside a bucket a unit is compared with one member (the head) of each cluster
/// already there, not with every member: a sentence copied into thousands of files fills one bucket, and
/// pairwise checks there would be quadratic.
/// </summary>
internal static class LshClustering
{
    /// <summary>One hash per band of <paramref name="signature"/>; only these are needed for bucketing.</summary>
    public static ulong[] BandKeys(ulong[] signature, int bands)
    {
        if (signature.Length == 0) return [];
        var rows = signature.Length / bands;
        var keys = new ulong[bands];
        for (var band = 0; band < bands; band++)
            keys[band] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.AsSpan(band * rows, rows)));
        return keys;
    }

    /// <summary>Unions into <paramref name="sets"/> the candidates of <paramref name="units"/> that <paramref name="similarity"/> accepts.</summary>
    /// <param name="similarity">The similarity of two units, or null when they must not be merged.</param>
    /// <param name="merged">Called for each union made, with (head, member, similarity).</param>
    public static void Cluster(IEnumerable<int> units, Func<int, ulong[]> bandKeys, int bands, UnionFind sets,
        Func<int, int, double?> similarity, Action<int, int, double> merged, CancellationToken cancellation)
    {
        var candidates = units.Where(u => bandKeys(u).Length == bands).ToList();
        for (var band = 0; band < bands; band++)
        {
            cancellation.ThrowIfCancellationRequested();
            var buckets = new Dictionary<ulong, List<int>>();
            foreach (var unit in candidates)
            {
                var key = bandKeys(unit)[band];
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(unit);
            }
            foreach (var bucket in buckets.Values)
            {
                if (bucket.Count < 2) continue;
                var heads = new List<int>();
                foreach (var member in bucket)
                {
                    var root = sets.Find(member);
                    if (heads.Any(h => sets.Find(h) == root)) continue;
                    var joined = false;
                    foreach (var head in heads)
                    {
                        if (similarity(head, member) is not { } score) continue;
                        sets.Union(head, member);
                        merged(head, member, score);
                        joined = true;
                        break;
                    }
                    if (!joined) heads.Add(member);
                }
            }
        }
    }
}
