using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>
/// Paragraphs that are copies of each other (a passage quoted or republished inside another article): exact when
/// their claims fold to the same texts in the same order, near when their word 5-grams' Jaccard similarity is at
/// least the threshold (MinHash + LSH, confirmed with the real similarity). Only paragraphs of two or more claims
/// take part: a one-sentence paragraph is already covered by the claim level. Copies between documents that are
/// copies of each other (the document level's syndication groups) are not reported again paragraph by paragraph.
/// </summary>
internal sealed class ParagraphFinder(MinHasher hasher, int bands, double threshold)
{
    /// <summary>A paragraph taking part: its id (<c>document/pN</c>), its document and claims (indexes into the sketches).</summary>
    private readonly record struct Paragraph(string Id, string Document, int[] Texts);

    /// <param name="claimsByDocument">Each document's claim occurrences: byte offset and index into <paramref name="sketches"/>.</param>
    /// <param name="copyGroup">Each document's syndication group (documents that are copies of one article), when known.</param>
    public List<MergeRecord> Find(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, List<(int Start, int Text)>> claimsByDocument,
        TextSketches sketches, IReadOnlyDictionary<string, string> copyGroup)
    {
        var paragraphs = Collect(documents, claimsByDocument);
        string GroupOf(int p) => copyGroup.GetValueOrDefault(paragraphs[p].Document, paragraphs[p].Document);
        bool Reported(int a, int b) => GroupOf(a) != GroupOf(b);

        var sets = new UnionFind(paragraphs.Count);
        var merges = new List<MergeRecord>();

        // Exact: the same sequence of folded claim texts.
        var first = new Dictionary<ulong, int>();
        var distinct = new List<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(paragraphs[i].Texts.AsSpan()));
            if (first.TryGetValue(key, out var head))
            {
                sets.Union(head, i);
                if (Reported(head, i)) merges.Add(new MergeRecord("paragraph", paragraphs[head].Id, paragraphs[i].Id, "exact", 1.0));
            }
            else
            {
                first[key] = i;
                distinct.Add(i);
            }
        }

        // Near: among the distinct ones.
        var (shingles, bandKeys) = PassageSketches.Build(paragraphs.Count, distinct, i => paragraphs[i].Texts, sketches, hasher, bands);
        LshClustering.Cluster(distinct, i => bandKeys[i], bands, sets,
            similarity: (a, b) => ShingleSet.Jaccard(shingles[a], shingles[b]) is var j && j >= threshold ? j : null,
            merged: (head, member, j) =>
            {
                if (Reported(head, member)) merges.Add(new MergeRecord("paragraph", paragraphs[head].Id, paragraphs[member].Id, "near", Math.Round(j, 3)));
            },
            CancellationToken.None);
        return merges;
    }

    /// <summary>The paragraphs of two or more claims, in document order, with their claims in reading order.</summary>
    private static List<Paragraph> Collect(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, List<(int Start, int Text)>> claimsByDocument)
    {
        var paragraphs = new List<Paragraph>();
        var texts = new List<int>();
        foreach (var document in documents)
        {
            if (!claimsByDocument.TryGetValue(document.Id, out var claims) || claims.Count < 2 || document.Paragraphs.IsEmpty) continue;
            claims.Sort((a, b) => a.Start.CompareTo(b.Start));
            var c = 0;
            for (var p = 0; p < document.Paragraphs.Length; p++)
            {
                var span = document.Paragraphs[p];
                while (c < claims.Count && claims[c].Start < span.Start) c++;
                texts.Clear();
                for (; c < claims.Count && claims[c].Start < span.End; c++) texts.Add(claims[c].Text);
                if (texts.Count >= 2) paragraphs.Add(new Paragraph($"{document.Id}/p{p + 1}", document.Id, [.. texts]));
            }
        }
        return paragraphs;
    }
}
