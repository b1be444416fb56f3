using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Clustering;
using Processor.Plugins.Deduplicator.Hashing;
using Processor.Plugins.Deduplicator.Linking;
using Processor.Plugins.Deduplicator.Matching;
using Processor.Plugins.Deduplicator.Reuse;
using Processor.Plugins.Deduplicator.Stories;

namespace Processor.Plugins.Deduplicator;

/// <summary>
/// Merges claims that say the same thing. Exact duplicates share a normalised-text hash; near
/// duplicates are found by MinHash + LSH banding and confirmed with the real Jaccard similarity.
/// A merged claim keeps every attribution; nothing is dropped. The result does not depend on the
/// order of the input files: claims are first put in a canonical order. Over an input unchanged since the last run
/// (same claims, documents, options and build) the last result is reused (<see cref="LastResult"/>).
/// </summary>
internal sealed class DeduplicatorStage(DeduplicatorOptions options) : ICorpusStage, IStatefulStage
{
    private readonly MinHasher _hasher = new(options.Permutations, options.ShingleSize);

    /// <summary>What earlier runs saw (restored from the state store; empty on a first run or without one).</summary>
    private EarlierRuns _earlier = EarlierRuns.Empty(options.Permutations);

    /// <summary>This run's distinct texts, kept from <see cref="Process"/> to <see cref="Save"/>.</summary>
    private (ulong[] Exact, uint[] Signatures, long[] FirstSeen)? _thisRun;

    /// <summary>What the last run saved, as saved: kept as it is when this run reuses the last result.</summary>
    private byte[]? _restored;

    /// <summary>The result the last run computed (restored from the state store), for an unchanged input.</summary>
    private LastResult? _lastResult;

    /// <summary>This run's result, computed or reused, kept from <see cref="Process"/> to <see cref="Save"/>.</summary>
    private LastResult? _result;

    /// <summary>Whether <see cref="Process"/> reused the last result.</summary>
    private bool _reused;

    public void Restore(byte[] saved)
    {
        var (texts, stories, result) = StageMemory.Read(saved);
        _restored = saved;
        if (options.Remember > 0 && options.Near && texts.Length > 0) _earlier = EarlierRuns.Read(texts, options) ?? EarlierRuns.Empty(options.Permutations);
        if (options.Stories) _earlierStories = SavedStory.Read(stories);
        _lastResult = LastResult.Read(result);
    }

    public byte[]? Save(DateTimeOffset runStarted)
    {
        // A reused result changes nothing of what is remembered: a full run over the same texts would leave it the same.
        if (_reused) return _restored;
        var texts = options.Remember > 0 && options.Near && _thisRun is var (exact, signatures, first)
            ? _earlier.With(exact, signatures, first, runStarted.UtcTicks, options.Remember, options)
            : null;
        var stories = options.Stories && _storiesToSave is { } saved ? SavedStory.Write(saved) : null;
        return texts is null && stories is null && _result is null ? null : StageMemory.Write(texts, stories, _result?.Write(runStarted.UtcTicks));
    }

    /// <summary>Stories of earlier runs (restored from the state store).</summary>
    private List<SavedStory> _earlierStories = [];

    /// <summary>This run's stories with the earlier ones, kept from <see cref="Process"/> to <see cref="Save"/>.</summary>
    private List<SavedStory>? _storiesToSave;

    public Corpus Process(Corpus corpus, IStageContext context)
    {
        var input = InputFingerprint.Of(corpus, options);
        if (_lastResult is { } last && last.Input == input)
        {
            var scratch = new HashSet<Tag>(TagComparer.Instance);
            var reused = last.Apply(corpus, (id, members, matches, claims, merges) => Assemble(id, members, matches, claims, merges, scratch));
            _reused = true;
            var (documentMerges, links, stories) = last.Counts;
            context.Info($"the input is unchanged since the last run: its result is reused ({last.ClaimCount} claim(s), " +
                         $"{documentMerges} document and paragraph merge(s), {links} link(s), {stories} stor{(stories == 1 ? "y" : "ies")})");
            return reused;
        }
        _result = LastResult.Start(input, remembersTexts: options.Remember > 0 && options.Near);
        return Compute(corpus, context, _result);
    }

    private Corpus Compute(Corpus corpus, IStageContext context, LastResult result)
    {
        var paths = corpus.Sources.ToDictionary(s => s.Id, s => s.Path);
        var documents = corpus.Documents.ToDictionary(d => d.Id);
        var pathRank = PathRanks(paths);
        var (claims, inputPosition) = InCanonicalOrder(corpus.Claims, paths, pathRank);
        var (units, distinctTexts, distinctExact, firstClaim) = DistinctTexts(claims, context.Cancellation);
        var sketches = TextSketches.Build(distinctTexts, _hasher, options.Near ? options.Bands : 0, context.Cancellation);
        // Texts (or near copies) that earlier runs saw: their claims keep the first sighting, and are not new.
        var firstSeen = _earlier.FirstSightings(sketches, [.. distinctExact], options.Near ? options.Bands : 0, options.Threshold);
        if (options.Near) _thisRun = ([.. distinctExact], sketches.Signatures, firstSeen);
        var facts = TextFacts.Build(claims, firstClaim, context.Cancellation);

        var claimsByDocument = ClaimsByDocument(claims, units);
        var (syndicationGroup, documentMerges) = options.Documents
            ? new SyndicationFinder(_hasher, options.Bands, options.DocumentThreshold).Find(corpus.Documents, claimsByDocument, sketches)
            : ([], []);
        var paragraphMerges = options.Paragraphs
            ? new ParagraphFinder(_hasher, options.Bands, options.DocumentThreshold).Find(corpus.Documents, claimsByDocument, sketches, syndicationGroup)
            : [];
        claimsByDocument = null;

        var sets = new UnionFind(claims.Length);
        // Which claims joined as exact copies; every other merged member joined as a near duplicate or a paraphrase.
        var exactCopy = new bool[claims.Length];
        // Distinct texts that say the same as another but with different numbers: never merged, linked as conflicts.
        var alike = new List<(int A, int B, double Probability)>();
        if (options.Exact) MergeExact(units, sets, exactCopy);
        if (options.Near) MergeNear(units, sketches, facts, sets, alike, context.Cancellation);
        TermTable? terms = null;
        var reworded = new bool[distinctTexts.Count];
        if (options.Paraphrase)
        {
            terms = TermTable.Build(distinctTexts, d => facts.Entities[d], context.Cancellation);
            var group = firstClaim.Select(sets.Find).ToArray();
            var (same, different) = new ParaphraseMatcher(options.ParaphraseThreshold, options.ConflictThreshold)
                .Find(Enumerable.Range(0, distinctTexts.Count).ToList(), terms, sketches, facts.Numbers, facts.Figures, facts.Kinds, group, context.Cancellation);
            foreach (var pair in same)
            {
                sets.Union(firstClaim[pair.A], firstClaim[pair.B]);
                reworded[pair.A] = reworded[pair.B] = true;
            }
            alike.AddRange(different.Select(p => (p.A, p.B, p.Probability)));
        }

        var merged = ImmutableArray.CreateBuilder<Claim>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var merges = ImmutableArray.CreateBuilder<MergeRecord>();
        merges.AddRange(documentMerges);
        merges.AddRange(paragraphMerges);
        var reports = new IndependentReports(corpus.Documents, syndicationGroup);
        var cluster = new ClusterContext(claims, units, sketches, exactCopy, reworded, terms, terms is null ? null : BigramTable.Build(sketches, context.Cancellation), reports, firstSeen, options.Threshold);
        var positions = new List<int>();
        // Which merged claim each claim ended in, and the independent reports of each merged claim (for the links).
        var mergedOf = new int[claims.Length];
        var reportsOf = new List<HashSet<long>>();
        foreach (var members in Clusters(claims, sets, documents, paths, pathRank))
        {
            foreach (var i in members) mergedOf[i] = merged.Count;
            var (claim, matches) = MergedClaim(members, cluster, usedIds, merges);
            merged.Add(claim);
            positions.Clear();
            foreach (var i in members) positions.Add(inputPosition[i]);
            result.AddClaim(claim.Id, positions, matches, claim.IndependentSources, claim.FirstSeen);
            reportsOf.Add(reports.KeysOf(claim.Attributions));
        }
        var stories = options.Stories
            ? FindStories(corpus.Documents, claims, units, terms ?? TermTable.Build(distinctTexts, d => facts.Entities[d], context.Cancellation), merged, paths, pathRank)
            : [];
        var links = options.Links
            ? FigureLinks.Find(merged, reportsOf, reports, alike.Select(p => (mergedOf[firstClaim[p.A]], mergedOf[firstClaim[p.B]], p.Probability)).Where(p => p.Item1 != p.Item2),
                options.ParaphraseThreshold, new EventScope(corpus.Documents, merged, options.Stories ? stories : null))
            : [];
        result.Finish(corpus, documentMerges.Concat(paragraphMerges), links, stories);
        context.Info($"merged {claims.Length - merged.Count} duplicate claim occurrence(s) into {merged.Count} claim(s) " +
                     $"({reworded.Count(r => r)} reworded text(s)); {documentMerges.Count} document(s) and {paragraphMerges.Count} paragraph(s) are copies of another; " +
                     $"{links.Count(l => l.Kind == ClaimLinkKind.Conflict)} conflict(s), {links.Count(l => l.Kind == ClaimLinkKind.SameFact)} fact(s) stated in different sentences; " +
                     $"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")}, {stories.Count(s => s.DocumentIds.Length > 1)} of several documents");
        return corpus with
        {
            Claims = merged.ToImmutable(), Merges = corpus.Merges.AddRange(merges), Links = corpus.Links.AddRange(links),
            Stories = corpus.Stories.AddRange(stories),
        };
    }

    /// <summary>
    /// The stories (<see cref="StoryFinder"/>): each document's terms from its claims and its title, documents placed in
    /// order of publication, then source path and position; stories with the most sources first.
    /// </summary>
    private List<Story> FindStories(ImmutableArray<Document> documents, Claim[] claims, Unit[] units, TermTable terms,
        ImmutableArray<Claim>.Builder merged, Dictionary<string, string> paths, Dictionary<string, int> pathRank)
    {
        var indexOf = new Dictionary<string, int>(documents.Length, StringComparer.Ordinal);
        for (var d = 0; d < documents.Length; d++) indexOf[documents[d].Id] = d;
        // A title's terms are folded once: the builder visits every occurrence twice (to count, then to fill).
        var titleTerms = new List<ulong>[documents.Length];
        for (var d = 0; d < documents.Length; d++)
        {
            titleTerms[d] = [];
            if (documents[d].Title is { Length: > 0 } title) ContentTerms.Collect(TextNormalizer.FoldForComparison(title), [], titleTerms[d]);
        }
        var termsOf = DocumentTerms.Build(documents.Length, add =>
        {
            for (var i = 0; i < claims.Length; i++)
                foreach (var a in claims[i].Attributions)
                    if (indexOf.TryGetValue(a.DocumentId, out var d))
                        foreach (var term in terms.Terms(units[i].Text)) add(d, term, 1);
            for (var d = 0; d < documents.Length; d++)
                foreach (var term in titleTerms[d]) add(d, term, 2);
        });
        var order = Enumerable.Range(0, documents.Length)
            .OrderBy(d => documents[d].Get(DocumentMetadata.Published) ?? DateOnly.MaxValue)
            .ThenBy(d => paths.TryGetValue(documents[d].SourceId, out var p) ? pathRank[p] : -1)
            .ThenBy(d => documents[d].Span.Start).ToList();
        static string PathOf(Document d) => d.SourceId;
        var (found, saved, vectors) = new StoryFinder(options.StorySimilarity, options.StoryDays).Find(documents, termsOf, order, PathOf, _earlierStories);
        _storiesToSave = saved;
        var claimsByDocument = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in merged)
            foreach (var documentId in claim.Attributions.Select(a => a.DocumentId).Distinct())
            {
                if (!claimsByDocument.TryGetValue(documentId, out var list)) claimsByDocument[documentId] = list = [];
                list.Add(claim);
            }
        return StoryFinder.ToStories(found, documents, vectors, claimsByDocument, c => c.IndependentSources)
            .OrderByDescending(s => s.SourceIds.Length).ThenByDescending(s => s.DocumentIds.Length)
            .ThenBy(s => s.FirstReported ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    private static void MergeExact(Unit[] units, UnionFind sets, bool[] exactCopy)
    {
        var first = new Dictionary<ulong, int>();
        for (var i = 0; i < units.Length; i++)
        {
            if (first.TryGetValue(units[i].Exact, out var j))
            {
                sets.Union(j, i);
                exactCopy[i] = true;
            }
            else first[units[i].Exact] = i;
        }
    }

    /// <summary>
    /// Near duplicates among the exact-distinct claims (see <see cref="LshClustering"/>). Texts whose numbers differ are
    /// never merged, however alike: they go to <paramref name="alike"/>, to be linked as conflicts.
    /// </summary>
    private void MergeNear(Unit[] units, TextSketches sketches, TextFacts facts, UnionFind sets, List<(int A, int B, double Probability)> alike, CancellationToken cancellation)
    {
        // Exact copies share their text's band keys: only one per distinct text takes part.
        var seenExact = new HashSet<ulong>();
        var distinct = Enumerable.Range(0, units.Length).Where(i => seenExact.Add(units[i].Exact)).ToList();
        var knownAlike = new HashSet<long>();
        LshClustering.Cluster(distinct, i => sketches.BandKeys(units[i].Text), options.Bands, sets,
            similarity: (a, b) =>
            {
                var (ta, tb) = (units[a].Text, units[b].Text);
                // A pair found alike with different numbers in one band meets again in most others: compared once.
                var pair = ((long)Math.Min(ta, tb) << 32) | (uint)Math.Max(ta, tb);
                if (knownAlike.Contains(pair)) return null;
                if (ShingleSet.Jaccard(sketches.Shingles(ta), sketches.Shingles(tb)) is var j && j < options.Threshold) return null;
                if (facts.Numbers[ta] == facts.Numbers[tb]) return j;
                if (knownAlike.Add(pair)) alike.Add((Math.Min(ta, tb), Math.Max(ta, tb), 1.0));
                return null;
            },
            merged: (_, _, _) => { },
            cancellation);
    }

    /// <summary>What building a merged claim from a cluster needs, and scratch sets reused from cluster to cluster.</summary>
    private sealed record ClusterContext(Claim[] Claims, Unit[] Units, TextSketches Sketches, bool[] ExactCopy, bool[] Reworded,
        TermTable? Terms, BigramTable? Bigrams, IndependentReports Reports, long[] FirstSeen, double NearThreshold)
    {
        public HashSet<int> Groups { get; } = [];

        public HashSet<Tag> Tags { get; } = new(TagComparer.Instance);
    }

    /// <summary>
    /// One claim from a cluster's members (the first is the canonical wording): every attribution with how it matched
    /// the canonical text and how alike it is, the tags of all, the independent reports, the first sighting; the merges
    /// are recorded.
    /// </summary>
    private static (Claim Claim, MemberMatch[] Matches) MergedClaim(List<int> members, ClusterContext c, HashSet<string> usedIds, ImmutableArray<MergeRecord>.Builder merges)
    {
        var (claims, units, _, exactCopy, _, _, _, reports, firstSeen, _) = c;
        var canonical = members[0];
        var id = $"c{units[canonical].Exact:x16}"[..13];
        // With exact merging switched off, two clusters can share a canonical text: keep ids unique.
        for (var n = 2; !usedIds.Add(id); n++) id = $"c{units[canonical].Exact:x16}"[..13] + $"-{n}";
        var matches = new MemberMatch[members.Count];
        for (var k = 0; k < members.Count; k++)
        {
            var i = members[k];
            var (match, similarity) = i == canonical || units[i].Exact == units[canonical].Exact ? (MatchKind.Exact, 1.0) : Match(units[canonical].Text, units[i].Text, c);
            matches[k] = new MemberMatch(match, similarity, exactCopy[i]);
        }
        var (attributions, tags) = Assemble(id, members, matches, claims, merges, c.Tags);
        var independent = reports.Count(attributions, c.Groups);
        var seen = members.Select(i => firstSeen[units[i].Text]).Where(t => t > 0).DefaultIfEmpty(0).Min();
        var claim = new Claim(id, claims[canonical].Text, attributions)
        {
            Tags = tags,
            IndependentSources = independent,
            FirstSeen = seen > 0 ? new DateTimeOffset(seen, TimeSpan.Zero) : null,
        };
        return (claim, matches);
    }

    /// <summary>
    /// A merged claim's attributions (each member's, with how it matched the canonical wording) and tags, and a merge
    /// record for each member but the canonical one (the first): one rule for a computed and a reused result.
    /// </summary>
    private static (ImmutableArray<Attribution> Attributions, ImmutableArray<Tag> Tags) Assemble(string id, List<int> members,
        ReadOnlySpan<MemberMatch> matches, ReadOnlySpan<Claim> claims, ImmutableArray<MergeRecord>.Builder merges, HashSet<Tag> scratch)
    {
        var attributions = ImmutableArray.CreateBuilder<Attribution>();
        for (var k = 0; k < members.Count; k++)
        {
            var i = members[k];
            var (match, similarity, exactCopy) = matches[k];
            foreach (var a in claims[i].Attributions)
                attributions.Add(a.Similarity == similarity && a.Match == match ? a : a with { Similarity = similarity, Match = match });
            if (k == 0) continue;
            var method = exactCopy ? MatchKind.Exact : match;
            merges.Add(new MergeRecord("claim", id, claims[i].Attributions[0].SentenceId, method, method == MatchKind.Exact ? 1.0 : similarity));
        }
        var tags = members.Count == 1 ? claims[members[0]].Tags : DistinctTags(members, matches, claims, scratch);
        return (attributions.ToImmutable(), tags);
    }

    /// <summary>
    /// How a member's text matched the canonical one: a near copy when their shingles are that alike, else the
    /// paraphrase model's probability (a member that joined through a chain of near copies stays a near copy).
    /// </summary>
    private static (string Match, double Similarity) Match(int canonical, int member, ClusterContext c)
    {
        var jaccard = ShingleSet.Jaccard(c.Sketches.Shingles(canonical), c.Sketches.Shingles(member));
        if (jaccard >= c.NearThreshold || c.Terms is null || !c.Reworded[member]) return (MatchKind.Near, Math.Round(jaccard, 3));
        return (MatchKind.Paraphrase, Math.Round(ParaphraseModel.Probability(canonical, member, c.Terms, c.Bigrams!, c.Sketches, c.Terms.Mass(canonical), c.Terms.Mass(member)), 3));
    }

    /// <summary>
    /// The tags of the canonical wording and its exact copies, each once, in first-seen order — with one claim kind and
    /// one speaker, the canonical wording's (or the first copy's that has one): a sentence quoted in one report
    /// ("…, the ministry said") and stated bare in another is one claim, not a quote and a fact. A near copy or a
    /// paraphrase is other words: its names and its speaker describe those words, not the claim's (on 30 MB of
    /// newswire, "Terms of the sale were not disclosed." gathered 87 tags and the speaker "NOTE" from near copies).
    /// </summary>
    private static ImmutableArray<Tag> DistinctTags(List<int> members, ReadOnlySpan<MemberMatch> matches, ReadOnlySpan<Claim> claims, HashSet<Tag> seen)
    {
        seen.Clear();
        var tags = ImmutableArray.CreateBuilder<Tag>();
        Tag? kind = null, speaker = null;
        for (var k = 0; k < members.Count; k++)
        {
            if (matches[k].Match != MatchKind.Exact) continue;
            foreach (var tag in claims[members[k]].Tags)
            {
                if (tag.Kind == TagKinds.ClaimKind && !OneOf(ref kind, tag)) continue;
                if (tag.Kind == TagKinds.Speaker && !OneOf(ref speaker, tag)) continue;
                if (seen.Add(tag)) tags.Add(tag);
            }
        }
        return tags.ToImmutable();

        // The first tag of its kind is the one; any other of that kind is left out.
        static bool OneOf(ref Tag? chosen, Tag tag)
        {
            chosen ??= tag;
            return ReferenceEquals(tag, chosen) || tag.Value == chosen.Value && tag.HasSameAttributes(chosen);
        }
    }

    /// <summary>
    /// Each claim's exact key and distinct folded text (with the first claim of each text). Each distinct wording is folded once (a syndicated sentence
    /// can occur thousands of times), so that each distinct folded text is shingled and signed once: MinHash is the
    /// expensive part.
    /// </summary>
    private static (Unit[] Units, List<string> Texts, List<ulong> Exact, List<int> FirstClaim) DistinctTexts(Claim[] claims, CancellationToken cancellation)
    {
        var wordingOf = new int[claims.Length];
        var wordings = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Length; i++)
            wordingOf[i] = wordings.TryAdd(claims[i].Text, wordings.Count) ? wordings.Count - 1 : wordings[claims[i].Text];
        var folded = new string[wordings.Count];
        var foldedKey = new ulong[wordings.Count];
        Parallel.ForEach(wordings, new ParallelOptions { CancellationToken = cancellation }, w =>
        {
            folded[w.Value] = TextNormalizer.FoldForComparison(w.Key);
            foldedKey[w.Value] = TextNormalizer.ComparisonKeyOfFolded(folded[w.Value]);
        });

        var distinctOf = new Dictionary<ulong, int>();
        var texts = new List<string>();
        var exact = new List<ulong>();
        var firstClaim = new List<int>();
        var units = new Unit[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            var key = foldedKey[wordingOf[i]];
            if (!distinctOf.TryGetValue(key, out var d))
            {
                distinctOf[key] = d = texts.Count;
                texts.Add(folded[wordingOf[i]]);
                exact.Add(key);
                firstClaim.Add(i);
            }
            units[i] = new Unit(key, d);
        }
        return (units, texts, exact, firstClaim);
    }

    /// <summary>Each document's claim occurrences in reading order (byte offset, distinct text): what the document and paragraph levels compare.</summary>
    private static Dictionary<string, List<(int Start, int Text)>> ClaimsByDocument(Claim[] claims, Unit[] units)
    {
        var byDocument = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Length; i++)
            foreach (var a in claims[i].Attributions)
            {
                if (!byDocument.TryGetValue(a.DocumentId, out var list)) byDocument[a.DocumentId] = list = [];
                list.Add((a.Span.Start, units[i].Text));
            }
        return byDocument;
    }

    /// <summary>Each source path's place in ordinal order (sorting by an int is far cheaper than by the path).</summary>
    private static Dictionary<string, int> PathRanks(Dictionary<string, string> paths) =>
        paths.Values.Distinct().Order(StringComparer.Ordinal).Select((p, rank) => (p, rank)).ToDictionary(x => x.p, x => x.rank, StringComparer.Ordinal);

    /// <summary>
    /// Claims by source path, then position: the order that makes the result independent of the input order; with each
    /// claim's position in the input.
    /// </summary>
    private static (Claim[] Claims, int[] InputPosition) InCanonicalOrder(ImmutableArray<Claim> claims, Dictionary<string, string> paths, Dictionary<string, int> pathRank)
    {
        var keys = new (int Path, int Start, int Index)[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            var first = claims[i].Attributions[0];
            keys[i] = (paths.TryGetValue(first.SourceId, out var p) ? pathRank[p] : -1, first.Span.Start, i);
        }
        Array.Sort(keys);
        return ([.. keys.Select(k => claims[k.Index])], [.. keys.Select(k => k.Index)]);
    }

    /// <summary>
    /// The clusters in order of their union-find root, each with its members ordered for the canonical choice:
    /// earliest published, then source path, then position (then input order, so ties stay deterministic).
    /// </summary>
    private static IEnumerable<List<int>> Clusters(Claim[] claims, UnionFind sets, Dictionary<string, Document> documents,
        Dictionary<string, string> paths, Dictionary<string, int> pathRank)
    {
        var keys = new (int Root, int Published, int Path, int Start, int Index)[claims.Length];
        // A document's date is stored as text: read once per document, not once per claim.
        var publishedOf = new Dictionary<string, DateOnly>(documents.Count, StringComparer.Ordinal);
        foreach (var (id, document) in documents) publishedOf[id] = document.Get(DocumentMetadata.Published) ?? DateOnly.MaxValue;
        for (var i = 0; i < claims.Length; i++)
        {
            var first = claims[i].Attributions[0];
            var published = publishedOf.GetValueOrDefault(first.DocumentId, DateOnly.MaxValue);
            var path = paths.TryGetValue(first.SourceId, out var p) ? pathRank[p] : -1;
            keys[i] = (sets.Find(i), published.DayNumber, path, first.Span.Start, i);
        }
        Array.Sort(keys);
        for (var k = 0; k < keys.Length;)
        {
            var members = new List<int>();
            var root = keys[k].Root;
            for (; k < keys.Length && keys[k].Root == root; k++) members.Add(keys[k].Index);
            yield return members;
        }
    }

    /// <summary>Per claim: its exact key and the index of its distinct folded text in the <see cref="TextSketches"/>.</summary>
    private readonly record struct Unit(ulong Exact, int Text);

    private sealed class TagComparer : IEqualityComparer<Tag>
    {
        public static TagComparer Instance { get; } = new();

        // Entity tags are shared instances (the gazetteer hands out one per alias): most comparisons end at the first test.
        public bool Equals(Tag? x, Tag? y) => ReferenceEquals(x, y) ||
            x is not null && y is not null && x.Kind == y.Kind && x.Value == y.Value
            && x.HasSameAttributes(y);

        public int GetHashCode(Tag tag) => HashCode.Combine(tag.Kind, tag.Value);
    }
}
