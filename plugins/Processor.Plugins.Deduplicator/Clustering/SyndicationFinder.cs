using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>
/// Finds documents that are copies of one article (syndicated, scraped twice, lightly edited): MinHash over
/// word 5-gram shingles of their claim sentences, LSH bands, confirmed with the real Jaccard similarity.
/// Copies form one group, so a claim stated by an article and its copies counts as one independent report.
/// </summary>
internal sealed class SyndicationFinder(MinHasher hasher, int bands, double threshold)
{
    private const int WordsPerShingle = 5;

    /// <summary>The group (lowest document index of its copies) of each document, and the merges found.</summary>
    public (Dictionary<string, string> GroupOf, List<MergeRecord> Merges) Find(IReadOnlyList<Document> documents)
    {
        var shingles = documents.Select(d => WordShingles(d)).ToArray();
        var signatures = shingles.Select(s => s.Length == 0 ? [] : hasher.Signature(s)).ToArray();
        var sets = new UnionFind(documents.Count);
        var merges = new List<MergeRecord>();
        var rows = signatures.FirstOrDefault(s => s.Length > 0)?.Length / bands ?? 0;
        for (var band = 0; band < bands && rows > 0; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < documents.Count; i++)
            {
                if (signatures[i].Length == 0) continue;
                var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signatures[i].AsSpan(band * rows, rows)));
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
            foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
            for (var x = 0; x < bucket.Count; x++)
            for (var y = x + 1; y < bucket.Count; y++)
            {
                var (a, b) = (bucket[x], bucket[y]);
                if (sets.Find(a) == sets.Find(b) || documents[a].SourceId == documents[b].SourceId) continue;
                var similarity = MinHasher.Jaccard(shingles[a], shingles[b]);
                if (similarity < threshold) continue;
                sets.Union(a, b);
                merges.Add(new MergeRecord("document", documents[Math.Min(a, b)].Id, documents[Math.Max(a, b)].Id, "near", Math.Round(similarity, 3)));
            }
        }
        var groupOf = documents.Select((d, i) => (d.Id, Group: documents[sets.Find(i)].Id)).ToDictionary(x => x.Id, x => x.Group);
        return (groupOf, merges);
    }

    private static ulong[] WordShingles(Document document)
    {
        var words = string.Join(' ', document.Sentences.Where(s => s.IsClaim).Select(s => TextNormalizer.FoldForComparison(s.Text)))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<ulong>();
        for (var i = 0; i + WordsPerShingle <= words.Length; i++)
            set.Add(XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(string.Join(' ', words, i, WordsPerShingle))));
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }
}
