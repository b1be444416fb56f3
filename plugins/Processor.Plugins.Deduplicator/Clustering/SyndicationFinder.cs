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
    /// <param name="foldedClaims">Each document's claim texts, folded for comparison, in reading order.</param>
    public (Dictionary<string, string> GroupOf, List<MergeRecord> Merges) Find(IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, List<string>> foldedClaims)
    {
        var shingles = new ulong[documents.Count][];
        var bandKeys = new ulong[documents.Count][];
        Parallel.For(0, documents.Count, i =>
        {
            shingles[i] = WordShingles(foldedClaims.TryGetValue(documents[i].Id, out var texts) ? texts : []);
            bandKeys[i] = shingles[i].Length == 0 ? [] : LshClustering.BandKeys(hasher.Signature(shingles[i]), bands);
        });
        var sets = new UnionFind(documents.Count);
        var merges = new List<MergeRecord>();
        LshClustering.Cluster(Enumerable.Range(0, documents.Count), i => bandKeys[i], bands, sets,
            similarity: (a, b) => documents[a].SourceId != documents[b].SourceId
                && MinHasher.Jaccard(shingles[a], shingles[b]) is var j && j >= threshold ? j : null,
            merged: (head, member, j) => merges.Add(new MergeRecord("document", documents[head].Id, documents[member].Id, "near", Math.Round(j, 3))),
            CancellationToken.None);
        var groupOf = documents.Select((d, i) => (d.Id, Group: documents[sets.Find(i)].Id)).ToDictionary(x => x.Id, x => x.Group);
        return (groupOf, merges);
    }

    /// <summary>Word 5-grams of a document's folded claim texts, each hashed from its words' hashes (no strings built).</summary>
    private static ulong[] WordShingles(List<string> foldedClaims)
    {
        var words = new List<ulong>();
        foreach (var text in foldedClaims)
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word.AsSpan())));
        var set = new HashSet<ulong>();
        for (var i = 0; i + WordsPerShingle <= words.Count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < WordsPerShingle; k++) h = (h ^ words[i + k]) * 0x100000001b3UL;
            set.Add(h);
        }
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }
}
