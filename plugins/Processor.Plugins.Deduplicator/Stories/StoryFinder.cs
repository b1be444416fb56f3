using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Matching;

namespace Processor.Plugins.Deduplicator.Stories;

/// <summary>
/// Groups documents into stories, the way topic-detection systems follow news: each document becomes a vector of its
/// claims' content terms (<see cref="ContentTerms"/>, entities folded to one term, weighted by 1 + ln tf times inverse
/// document frequency; its title counts twice) and, in order of publication, joins the story whose centroid it is
/// most similar to (cosine ≥ <c>story_similarity</c>, the story's last report at most <c>story_days</c> before or
/// after it), or starts a new one. Stories of earlier runs (from the state store) take part: a follow-up joins the
/// story a reader has already seen, and a document an earlier run placed stays where it was.
/// </summary>
/// <param name="keepOthers">Stories without a document in this corpus kept for later runs (the most recent).</param>
internal sealed class StoryFinder(double similarity, int days, int keepOthers = SavedStory.Limit)
{
    /// <summary>Terms kept per document vector and per saved centroid.</summary>
    private const int VectorTerms = 48;

    /// <summary>A document's strongest terms, looked up in the index of stories.</summary>
    private const int LookupTerms = 16;

    /// <param name="documents">The corpus's documents.</param>
    /// <param name="termsOf">Each document's content terms with their counts (from its claims and title).</param>
    /// <param name="order">The documents' indices in the order they are placed (publication date, then source, then position).</param>
    /// <param name="earlier">Stories of earlier runs.</param>
    public (List<FoundStory> Stories, List<SavedStory> Saved, TermVector[] Vectors) Find(IReadOnlyList<Document> documents, DocumentTerms termsOf,
        IReadOnlyList<int> order, Func<Document, string> sourcePath, IReadOnlyList<SavedStory> earlier)
    {
        var (vectors, anchors) = Vectors(termsOf);
        var stories = new List<FoundStory>();
        var index = new Dictionary<ulong, List<int>>();
        var byKnownDocument = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var before in earlier)
        {
            var story = new FoundStory(before.Id) { Earlier = true, Title = before.Title, First = before.First, FirstBy = before.FirstBy, Last = before.Last, Known = [.. before.Documents] };
            story.Add(before.Centroid);
            Register(stories, index, story);
            foreach (var d in before.Documents) byKnownDocument.TryAdd(d, stories.Count - 1);
        }
        foreach (var d in order)
        {
            var document = documents[d];
            var vector = vectors[d];
            var target = byKnownDocument.TryGetValue(document.Id, out var known) ? known : Best(vector, anchors[d], document.Get(DocumentMetadata.Published), stories, index);
            if (target < 0)
            {
                stories.Add(new FoundStory("s" + Hash(document.Id)));
                target = stories.Count - 1;
            }
            var story = stories[target];
            story.Members.Add(d);
            story.Add(vector);
            story.Dated(document.Get(DocumentMetadata.Published), sourcePath(document));
            foreach (var term in vector.Terms)
            {
                if (!index.TryGetValue(term, out var list)) index[term] = list = [];
                // A list past MaxPosting is never read again (the term is no clue): it stops growing there.
                if (list.Count <= MaxPosting && (list.Count == 0 || list[^1] != target)) list.Add(target);
            }
        }
        // Every story of this corpus is kept, and the most recent of the others up to the limit: a story of this corpus
        // that was forgotten would be grouped afresh next time, and its documents could join other stories (30 MB of
        // newswire, unchanged, with the 5,000 most recent kept: 7,622 stories, then 7,399).
        static SavedStory Saved(FoundStory s, IReadOnlyList<Document> documents) => new(s.Id, s.Title ?? "", s.First, s.FirstBy, s.Last,
            [.. s.Known.Concat(s.Members.Select(m => documents[m].Id)).Distinct(StringComparer.Ordinal)], TermVector.From(s.Centroid, VectorTerms));
        var saved = stories.Where(s => s.Members.Count > 0).Select(s => Saved(s, documents))
            .Concat(stories.Where(s => s.Members.Count == 0).OrderByDescending(s => s.Last ?? DateOnly.MinValue).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Take(keepOthers).Select(s => Saved(s, documents)))
            .OrderByDescending(s => s.Last ?? DateOnly.MinValue).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        return ([.. stories.Where(s => s.Members.Count > 0)], saved, vectors);
    }

    /// <summary>
    /// The story a document joins, or -1: the most similar within the time window, from the similarity threshold. Only
    /// the stories that share the most of the document's strongest terms are compared (<see cref="MaxCandidates"/>), and a
    /// term found in more than <see cref="MaxPosting"/> stories is no help in telling them apart: a newswire of 90,000
    /// reports otherwise compares each with thousands of stories.
    /// </summary>
    /// <param name="anchors">The document's rarest terms: it joins only a story that has one of them (an event has its own names).</param>
    private int Best(TermVector vector, ulong[] anchors, DateOnly? published, List<FoundStory> stories, Dictionary<ulong, List<int>> index)
    {
        // Counted in an array over the stories (a dictionary here cost most of the placing on a large newswire); only
        // the entries touched are read and reset.
        if (_shared.Length < stories.Count) Array.Resize(ref _shared, Math.Max(stories.Count, _shared.Length * 2));
        _touched.Clear();
        Span<int> strongest = stackalloc int[LookupTerms];
        foreach (var k in Strongest(vector, strongest))
            if (index.TryGetValue(vector.Terms[k], out var list) && list.Count <= MaxPosting)
                foreach (var story in list)
                    if (_shared[story]++ == 0) _touched.Add(story);
        var candidates = MostShared();
        var best = -1;
        var bestScore = similarity;
        foreach (var c in candidates)
        {
            var story = stories[c];
            if (published is { } date && story.Last is { } last && Math.Abs(date.DayNumber - last.DayNumber) > days
                && !(story.First is { } first && date.DayNumber >= first.DayNumber && date.DayNumber <= last.DayNumber)) continue;
            if (!HasAnchor(anchors, story.Centroid)) continue;
            var score = vector.Cosine(story.Centroid, story.Norm);
            if (score >= bestScore) (best, bestScore) = (c, score);
        }
        return best;
    }

    /// <summary>
    /// The <see cref="MaxCandidates"/> touched stories that share the most terms (ties: the lower story index), in story
    /// order; every count is reset. Counts are at most <see cref="LookupTerms"/>, so the cut is found by counting, not
    /// by sorting every touched story.
    /// </summary>
    private List<int> MostShared()
    {
        _chosen.Clear();
        if (_touched.Count <= MaxCandidates)
        {
            _chosen.AddRange(_touched);
        }
        else
        {
            Span<int> byCount = stackalloc int[LookupTerms + 2];
            byCount.Clear();
            foreach (var story in _touched) byCount[Math.Min(_shared[story], LookupTerms + 1)]++;
            var cut = LookupTerms + 1;
            for (var taken = byCount[cut]; taken < MaxCandidates && cut > 1; taken += byCount[--cut]) { }
            // Above the cut every story is taken; at the cut, the lowest story indices fill what is left.
            var atCut = new List<int>();
            foreach (var story in _touched)
            {
                var count = Math.Min(_shared[story], LookupTerms + 1);
                if (count > cut) _chosen.Add(story);
                else if (count == cut) atCut.Add(story);
            }
            atCut.Sort();
            _chosen.AddRange(atCut.Take(MaxCandidates - _chosen.Count));
        }
        foreach (var story in _touched) _shared[story] = 0;
        _chosen.Sort();
        return _chosen;
    }

    private readonly List<int> _chosen = [];

    private static bool HasAnchor(ulong[] anchors, Dictionary<ulong, float> centroid)
    {
        foreach (var anchor in anchors)
            if (centroid.ContainsKey(anchor)) return true;
        return false;
    }

    /// <summary>Per story, how many of the document's strongest terms it shares (zero between calls).</summary>
    private int[] _shared = new int[1024];

    /// <summary>The stories <see cref="_shared"/> counted for the current document.</summary>
    private readonly List<int> _touched = [];

    /// <summary>Stories compared with a document at most.</summary>
    private const int MaxCandidates = 50;

    /// <summary>Stories a term may index before it stops being a clue.</summary>
    private const int MaxPosting = 500;

    /// <summary>The positions of the vector's <see cref="LookupTerms"/> heaviest terms (ties: the earlier), into <paramref name="chosen"/>.</summary>
    private static ReadOnlySpan<int> Strongest(TermVector vector, Span<int> chosen)
    {
        var count = 0;
        for (var k = 0; k < vector.Terms.Length; k++)
        {
            var weight = vector.Weights[k];
            if (count == chosen.Length && weight <= vector.Weights[chosen[count - 1]]) continue;
            var at = count < chosen.Length ? count++ : count - 1;
            while (at > 0 && weight > vector.Weights[chosen[at - 1]])
            {
                chosen[at] = chosen[at - 1];
                at--;
            }
            chosen[at] = k;
        }
        return chosen[..count];
    }

    private static void Register(List<FoundStory> stories, Dictionary<ulong, List<int>> index, FoundStory story)
    {
        stories.Add(story);
        foreach (var term in story.Centroid.Keys)
        {
            if (!index.TryGetValue(term, out var list)) index[term] = list = [];
            if (list.Count <= MaxPosting) list.Add(stories.Count - 1);
        }
    }

    /// <summary>
    /// Each document's vector — (1 + ln tf) × ln(N / df), its strongest terms, unit length — and its anchors: its
    /// <see cref="AnchorTerms"/> rarest terms that another document has too. Templated reports ("Revs 5.5 mln vs 9.1
    /// mln", "X issues 100 mln dlr bond") share most of their words; what tells their events apart is a company or
    /// place name, which the anchors are.
    /// </summary>
    private static (TermVector[] Vectors, ulong[][] Anchors) Vectors(DocumentTerms termsOf)
    {
        var frequency = new Dictionary<ulong, int>();
        for (var d = 0; d < termsOf.Count; d++)
            foreach (var term in termsOf.Terms(d)) frequency[term] = frequency.GetValueOrDefault(term) + 1;
        var n = termsOf.Count;
        var vectors = new TermVector[n];
        var anchors = new ulong[n][];
        // A term half a percent of the documents use names no one event ("revs", "mln"): a document with no rarer term
        // has nothing of its own to be grouped by, and stays a story of its own.
        var common = Math.Max(5, n / 200);
        // Each document on its own (the frequencies are only read here): on every core, each with its own scratch.
        Parallel.For(0, n, () => new KeyValuePair<ulong, float>[64], (d, _, scratch) =>
        {
            var terms = termsOf.Terms(d);
            var counts = termsOf.Counts(d);
            if (scratch.Length < terms.Length) scratch = new KeyValuePair<ulong, float>[Math.Max(terms.Length, scratch.Length * 2)];
            var weights = scratch.AsSpan(0, terms.Length);
            for (var k = 0; k < terms.Length; k++)
                weights[k] = new(terms[k], (float)((1 + Math.Log(counts[k])) * Math.Log((n + 1.0) / frequency[terms[k]])));
            vectors[d] = TermVector.From(weights, VectorTerms);
            anchors[d] = Rarest(terms, frequency, common);
            return scratch;
        }, _ => { });
        return (vectors, anchors);
    }

    /// <summary>
    /// The <see cref="AnchorTerms"/> rarest of <paramref name="terms"/> used by two to <paramref name="common"/> documents
    /// (ties: the smaller term), rarest first: kept in a small sorted array, not by sorting every term of the document.
    /// </summary>
    private static ulong[] Rarest(ReadOnlySpan<ulong> terms, Dictionary<ulong, int> frequency, int common)
    {
        Span<(int Frequency, ulong Term)> best = stackalloc (int, ulong)[AnchorTerms];
        var count = 0;
        foreach (var term in terms)
        {
            var f = frequency[term];
            if (f < 2 || f > common) continue;
            var entry = (f, term);
            if (count == AnchorTerms && entry.CompareTo(best[count - 1]) >= 0) continue;
            var at = count < AnchorTerms ? count++ : count - 1;
            while (at > 0 && entry.CompareTo(best[at - 1]) < 0)
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = entry;
        }
        var rarest = new ulong[count];
        for (var i = 0; i < count; i++) rarest[i] = best[i].Term;
        return rarest;
    }

    /// <summary>Rarest terms per document that a story must share with it.</summary>
    private const int AnchorTerms = 5;

    private static string? Titled(string? title) => string.IsNullOrWhiteSpace(title) ? null : title.Trim();

    /// <summary>An untitled story is named by the opening words of its best claim.</summary>
    private static string? Opening(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 ? text : string.Join(' ', words[..12]) + "…";
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(BitConverter.GetBytes(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()))))[..12];

    /// <summary>
    /// The SDK's stories: title of the member nearest the centroid, documents by date, claims most independently
    /// reported first, the sources, the first report, and how many documents are new to the story.
    /// </summary>
    public static List<Story> ToStories(List<FoundStory> found, IReadOnlyList<Document> documents, IReadOnlyList<TermVector> vectors,
        IReadOnlyDictionary<string, List<Claim>> claimsByDocument, Func<Claim, int> independentReports)
    {
        // Each story on its own, on every core; the list keeps the order of the found stories.
        var stories = new Story[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            var s = found[i];
            var members = s.Members.OrderBy(m => documents[m].Get(DocumentMetadata.Published) ?? DateOnly.MaxValue).ThenBy(m => m).ToList();
            var central = s.Members.OrderByDescending(m => vectors[m].Cosine(s.Centroid, s.Norm)).ThenBy(m => m).First();
            // Most independently reported first; among equals, those naming more entities and stating a figure (what the
            // renderer's salience also prefers), so that an untitled story is named by a telling claim.
            var claims = members.SelectMany(m => claimsByDocument.GetValueOrDefault(documents[m].Id) ?? []).Distinct()
                .OrderByDescending(independentReports)
                .ThenByDescending(c => Math.Min(2, c.Tags.Where(t => t.Kind == TagKinds.Entity).Select(t => t.Value).Distinct().Count()) + (c.Tags.Any(t => t.Kind == TagKinds.Figure) ? 1 : 0))
                .ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var title = Titled(documents[central].Title) ?? members.Select(m => Titled(documents[m].Title)).FirstOrDefault(t => t is not null)
                ?? Titled(s.Title) ?? Opening(claims.FirstOrDefault()?.Text) ?? documents[central].Id;
            stories[i] = new Story(s.Id, title, [.. members.Select(m => documents[m].Id)])
            {
                ClaimIds = [.. claims.Select(c => c.Id)],
                SourceIds = [.. members.Select(m => documents[m].SourceId).Distinct()],
                FirstReported = s.First,
                FirstReportedBy = s.FirstBy,
                IsNew = !s.Earlier,
                NewDocuments = s.Members.Count(m => !s.Known.Contains(documents[m].Id)),
            };
        });
        return [.. stories];
    }
}
