using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Which of a claim's documents are one report, for counting corroboration: documents of one source file (a page that
/// quotes another article is not a second, independent source), documents of one publisher (an outlet that repeats
/// itself does not confirm itself), and syndicated copies of one article (<see cref="Clustering.SyndicationFinder"/>)
/// each count once.
/// </summary>
/// <remarks>
/// The grouping is made among the documents that state the claim, never through others. Closed over the whole corpus,
/// "same file" and "copy of" chain: a scrape file of forty stories shares one story with a second file, that one
/// another with a third, and on 100 MB of newswire every document of 2,531 files became one report — every claim
/// counted one source, and no conflict or agreement between sources was left.
/// </remarks>
internal sealed class IndependentReports
{
    /// <summary>Per document: its file, its publisher (or -1) and its copy group, as small numbers.</summary>
    private readonly Dictionary<string, (int Source, int Publisher, int Group)> _keys;

    public IndependentReports(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, string> syndicationGroup)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var publishers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int Number(Dictionary<string, int> table, string key) => table.TryGetValue(key, out var n) ? n : table[key] = table.Count;
        _keys = new Dictionary<string, (int, int, int)>(documents.Count, StringComparer.Ordinal);
        foreach (var d in documents)
            _keys[d.Id] = (Number(numbers, "s\u0001" + d.SourceId),
                d.Get(DocumentMetadata.Publisher) is not { } publisher || string.IsNullOrWhiteSpace(publisher) ? -1 : Number(publishers, publisher.Trim()),
                Number(numbers, "g\u0001" + (syndicationGroup.TryGetValue(d.Id, out var group) ? group : d.Id)));
    }

    /// <summary>
    /// What makes two documents one report, as keys: sharing any key with another claim's documents means that claim
    /// comes from one of the same reports.
    /// </summary>
    public HashSet<long> KeysOf(IEnumerable<Attribution> attributions)
    {
        var keys = new HashSet<long>();
        foreach (var a in attributions)
            foreach (var key in Keys(a.DocumentId))
                keys.Add(key);
        return keys;
    }

    /// <summary>How many independent reports the attributions come from.</summary>
    public int Count(IEnumerable<Attribution> attributions, HashSet<int> scratch) => Count(attributions.Select(a => a.DocumentId), scratch);

    /// <summary>How many independent reports the documents are: groups of them joined by a shared file, publisher or copy group.</summary>
    public int Count(IEnumerable<string> documentIds, HashSet<int> scratch)
    {
        var documents = documentIds.Distinct(StringComparer.Ordinal).ToList();
        if (documents.Count <= 1) return documents.Count;
        var parent = new int[documents.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var firstWithKey = new Dictionary<long, int>();
        for (var i = 0; i < documents.Count; i++)
            foreach (var key in Keys(documents[i]))
            {
                if (firstWithKey.TryGetValue(key, out var j)) parent[Find(i)] = Find(j);
                else firstWithKey[key] = i;
            }
        scratch.Clear();
        for (var i = 0; i < documents.Count; i++) scratch.Add(Find(i));
        return scratch.Count;
    }

    /// <summary>A document's keys; an unknown document is a report of its own.</summary>
    private IEnumerable<long> Keys(string documentId)
    {
        if (!_keys.TryGetValue(documentId, out var k))
        {
            yield return (4L << 32) | (uint)documentId.GetHashCode();
            yield break;
        }
        yield return (1L << 32) | (uint)k.Source;
        yield return (3L << 32) | (uint)k.Group;
        if (k.Publisher >= 0) yield return (2L << 32) | (uint)k.Publisher;
    }
}
