using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Clustering;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator;

/// <summary>
/// Merges claims that say the same thing. Exact duplicates share a normalised-text hash; near
/// duplicates are found by MinHash + LSH banding and confirmed with the real Jaccard similarity.
/// A merged claim keeps every attribution; nothing is dropped. The result does not depend on the
/// order of the input files: claims are first put in a canonical order.
/// </summary>
internal sealed class DeduplicatorStage(DeduplicatorOptions options) : ICorpusStage
{
    private readonly MinHasher _hasher = new(options.Permutations, options.ShingleSize);

    public Corpus Process(Corpus corpus, IStageContext context)
    {
        var paths = corpus.Sources.ToDictionary(s => s.Id, s => s.Path);
        var documents = corpus.Documents.ToDictionary(d => d.Id);
        var claims = corpus.Claims
            .OrderBy(c => paths.GetValueOrDefault(c.Attributions[0].SourceId, ""), StringComparer.Ordinal)
            .ThenBy(c => c.Attributions[0].Span.Start)
            .ToArray();
        // Hash every claim's normalised text; shingle and sign only one claim per distinct text (a
        // syndicated sentence can occur thousands of times, and MinHash is the expensive part).
        var exact = new ulong[claims.Length];
        var normalized = new string[claims.Length];
        Parallel.For(0, claims.Length, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            normalized[i] = TextNormalizer.FoldForComparison(claims[i].Text);
            exact[i] = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(normalized[i]));
        });
        // The same folded texts, per document and in reading order, feed the syndication check (no second folding).
        var foldedByDocument = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Length; i++)
            foreach (var a in claims[i].Attributions)
            {
                if (!foldedByDocument.TryGetValue(a.DocumentId, out var texts)) foldedByDocument[a.DocumentId] = texts = [];
                texts.Add(normalized[i]);
            }
        var (syndicationGroup, documentMerges) = new SyndicationFinder(_hasher, options.Bands, options.DocumentThreshold)
            .Find(corpus.Documents, foldedByDocument);
        foldedByDocument = null;

        var representative = new int[claims.Length];
        var firstOf = new Dictionary<ulong, int>();
        for (var i = 0; i < claims.Length; i++)
            representative[i] = firstOf.TryAdd(exact[i], i) ? i : firstOf[exact[i]];
        var distinct = firstOf.Values.Order().ToArray();
        var shingles = new ulong[claims.Length][];
        var bandKeys = new ulong[claims.Length][];
        Parallel.ForEach(distinct, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            shingles[i] = _hasher.Shingles(normalized[i]);
            // Only the LSH band keys are kept (8 bytes per band instead of the whole signature).
            bandKeys[i] = options.Near ? LshClustering.BandKeys(_hasher.Signature(shingles[i]), options.Bands) : [];
            normalized[i] = null!;   // no longer needed; large corpora hold hundreds of thousands of these
        });
        var units = new Unit[claims.Length];
        for (var i = 0; i < claims.Length; i++)
            units[i] = new Unit(exact[i], shingles[representative[i]], bandKeys[representative[i]]);

        var sets = new UnionFind(claims.Length);
        var how = new Dictionary<int, (string Method, double Score)>();
        if (options.Exact) MergeExact(units, sets, how);
        if (options.Near) MergeNear(units, sets, how, context.Cancellation);

        var merged = ImmutableArray.CreateBuilder<Claim>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var merges = ImmutableArray.CreateBuilder<MergeRecord>();
        merges.AddRange(documentMerges);
        foreach (var cluster in Enumerable.Range(0, claims.Length).GroupBy(sets.Find).OrderBy(g => g.Key))
        {
            var members = cluster
                .OrderBy(i => documents.GetValueOrDefault(claims[i].Attributions[0].DocumentId)?.Published ?? DateOnly.MaxValue)
                .ThenBy(i => paths.GetValueOrDefault(claims[i].Attributions[0].SourceId, ""), StringComparer.Ordinal)
                .ThenBy(i => claims[i].Attributions[0].Span.Start)
                .ToList();
            var canonical = members[0];
            var id = $"c{units[canonical].Exact:x16}"[..13];
            // With exact merging switched off, two clusters can share a canonical text: keep ids unique.
            for (var n = 2; !usedIds.Add(id); n++) id = $"c{units[canonical].Exact:x16}"[..13] + $"-{n}";
            var attributions = members
                .SelectMany(i => claims[i].Attributions.Select(a => a with
                {
                    Similarity = i == canonical ? 1.0 : Math.Round(MinHasher.Jaccard(units[canonical].Shingles, units[i].Shingles), 3),
                }))
                .ToImmutableArray();
            var tags = members.SelectMany(i => claims[i].Tags).Distinct(TagComparer.Instance).ToImmutableArray();
            var independent = attributions.Select(a => syndicationGroup.GetValueOrDefault(a.DocumentId, a.DocumentId)).Distinct().Count();
            merged.Add(new Claim(id, claims[canonical].Text, attributions) { Tags = tags, IndependentSources = independent });
            foreach (var i in members.Skip(1))
            {
                var (method, score) = how.GetValueOrDefault(i, ("near", 0));
                merges.Add(new MergeRecord("claim", id, claims[i].Attributions[0].SentenceId, method,
                    method == "exact" ? 1.0 : Math.Round(MinHasher.Jaccard(units[canonical].Shingles, units[i].Shingles), 3)));
            }
        }
        context.Info($"merged {claims.Length - merged.Count} duplicate claim occurrence(s) into {merged.Count} claim(s); {documentMerges.Count} document(s) are copies of another");
        return corpus with { Claims = merged.ToImmutable(), Merges = corpus.Merges.AddRange(merges) };
    }

    private static void MergeExact(Unit[] units, UnionFind sets, Dictionary<int, (string, double)> how)
    {
        var first = new Dictionary<ulong, int>();
        for (var i = 0; i < units.Length; i++)
        {
            if (first.TryGetValue(units[i].Exact, out var j))
            {
                sets.Union(j, i);
                how[i] = ("exact", 1.0);
            }
            else first[units[i].Exact] = i;
        }
    }

    /// <summary>Near duplicates among the exact-distinct claims (see <see cref="LshClustering"/>).</summary>
    private void MergeNear(Unit[] units, UnionFind sets, Dictionary<int, (string, double)> how, CancellationToken cancellation)
    {
        // Exact copies share their text's band keys: only one per distinct text takes part.
        var seenExact = new HashSet<ulong>();
        var distinct = Enumerable.Range(0, units.Length).Where(i => seenExact.Add(units[i].Exact)).ToList();
        LshClustering.Cluster(distinct, i => units[i].BandKeys, options.Bands, sets,
            similarity: (a, b) => MinHasher.Jaccard(units[a].Shingles, units[b].Shingles) is var j && j >= options.Threshold ? j : null,
            merged: (head, member, j) => how.TryAdd(Math.Max(head, member), ("near", j)),
            cancellation);
    }

    /// <summary>Per claim: its exact key, its distinct text's shingles and LSH band keys (shared by exact copies).</summary>
    private sealed record Unit(ulong Exact, ulong[] Shingles, ulong[] BandKeys);

    private sealed class TagComparer : IEqualityComparer<Tag>
    {
        public static TagComparer Instance { get; } = new();

        public bool Equals(Tag? x, Tag? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Value == y.Value && x.Attributes.SequenceEqual(y.Attributes);

        public int GetHashCode(Tag tag) => HashCode.Combine(tag.Kind, tag.Value);
    }
}
