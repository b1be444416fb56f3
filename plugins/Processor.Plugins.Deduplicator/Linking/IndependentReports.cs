using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Clustering;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Which documents are one report, for counting corroboration: documents of one source file (a page that quotes
/// another article is not a second, independent source), documents of one publisher (an outlet that repeats itself
/// does not confirm itself), and syndicated copies of one article (<see cref="SyndicationFinder"/>) each count once.
/// </summary>
internal sealed class IndependentReports
{
    private readonly Dictionary<string, int> _reportOf;

    public IndependentReports(IReadOnlyList<Document> documents, IReadOnlyDictionary<string, string> syndicationGroup)
    {
        var index = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) index[documents[i].Id] = i;
        var sets = new UnionFind(documents.Count);
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        var byPublisher = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            if (bySource.TryGetValue(d.SourceId, out var first)) sets.Union(first, i); else bySource[d.SourceId] = i;
            if (!string.IsNullOrWhiteSpace(d.Publisher))
            {
                if (byPublisher.TryGetValue(d.Publisher.Trim(), out var same)) sets.Union(same, i); else byPublisher[d.Publisher.Trim()] = i;
            }
            if (syndicationGroup.TryGetValue(d.Id, out var group) && index.TryGetValue(group, out var g)) sets.Union(g, i);
        }
        _reportOf = new Dictionary<string, int>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++) _reportOf[documents[i].Id] = sets.Find(i);
    }

    /// <summary>The report a document belongs to (an unknown document is a report of its own).</summary>
    public int Of(string documentId) => _reportOf.TryGetValue(documentId, out var r) ? r : -1 - (documentId.GetHashCode() & 0x3FFFFFFF);

    /// <summary>How many independent reports the attributions come from.</summary>
    public int Count(IEnumerable<Attribution> attributions, HashSet<int> scratch)
    {
        scratch.Clear();
        foreach (var a in attributions) scratch.Add(Of(a.DocumentId));
        return scratch.Count;
    }
}
