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
    /// <summary>The group (lowest document index of its copies) of each document, and the merges found.</summary>
    /// <param name="claimsByDocument">Each document's claims in reading order: byte offset and index into <paramref name="sketches"/>.</param>
    public (Dictionary<string, string> GroupOf, List<MergeRecord> Merges) Find(IReadOnlyList<Document> documents,
        IReadOnlyDictionary<string, List<(int Start, int Text)>> claimsByDocument, TextSketches sketches)
    {
        var (shingles, bandKeys) = PassageSketches.Build(documents.Count, Enumerable.Range(0, documents.Count),
            i => claimsByDocument.TryGetValue(documents[i].Id, out var claims) ? claims.Select(c => c.Text) : [], sketches, hasher, bands);
        var sets = new UnionFind(documents.Count);
        var merges = new List<MergeRecord>();
        LshClustering.Cluster(Enumerable.Range(0, documents.Count), i => bandKeys[i], bands, sets,
            similarity: (a, b) => documents[a].SourceId != documents[b].SourceId
                && ShingleSet.Jaccard(shingles[a], shingles[b]) is var j && j >= threshold ? j : null,
            merged: (head, member, j) => merges.Add(new MergeRecord("document", documents[head].Id, documents[member].Id, "near", Math.Round(j, 3))),
            CancellationToken.None);
        var groupOf = documents.Select((d, i) => (d.Id, Group: documents[sets.Find(i)].Id)).ToDictionary(x => x.Id, x => x.Group);
        return (groupOf, merges);
    }
}
