using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Whether two merged claims can be reports of one event, for figures to disagree: stated in documents of one story,
/// and dated the same day or the next where both dates are known (a document's publication date, else the month and day
/// of the dateline its story opens with). A figure of another day is an update or another event: "Notes in circulation
/// totalled 16.24 billion dlrs" one week and 17.11 billion the next do not disagree. And about one subject: a claim that
/// names no one ("Net profit 12.4 mln dlrs vs 9.8 mln.", "The company had 2,100,000 shares outstanding.") is about its
/// document's subject, so two such claims from documents that name no one in common (no name or entity the tagger
/// found) are about different companies, markets or places.
/// </summary>
internal sealed class EventScope
{
    private readonly ImmutableArray<Claim>.Builder _claims;
    private readonly Dictionary<string, int>? _storyOf;
    private readonly Dictionary<string, int> _dayOf;
    private readonly Dictionary<string, Document> _documentOf;

    /// <summary>The names of the documents asked about so far (only claims linked as alike are: a few of the corpus).</summary>
    private readonly Dictionary<string, HashSet<string>> _namesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (HashSet<int> Stories, HashSet<int> Days)> _cache = [];

    /// <param name="stories">The stories, or null when they are not found (then every claim is of one story).</param>
    public EventScope(ImmutableArray<Document> documents, ImmutableArray<Claim>.Builder claims, IReadOnlyList<Story>? stories)
    {
        _claims = claims;
        if (stories is not null)
        {
            _storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var s = 0; s < stories.Count; s++)
                foreach (var d in stories[s].DocumentIds) _storyOf.TryAdd(d, s);
        }
        _dayOf = new Dictionary<string, int>(documents.Length, StringComparer.Ordinal);
        _documentOf = new Dictionary<string, Document>(documents.Length, StringComparer.Ordinal);
        foreach (var d in documents)
        {
            _dayOf[d.Id] = d.Get(DocumentMetadata.Published) is { } p ? Day(p.Month, p.Day) : DatelineDay(d);
            _documentOf[d.Id] = d;
        }
    }

    /// <summary>
    /// Whether the claims can be about one subject: one of them names someone itself (whether the names differ is
    /// <see cref="StatementScope"/>'s question), a document of either names no one, or their documents share a name.
    /// </summary>
    public bool SameSubject(int a, int b)
    {
        if (_claims[a].Tags.Any(NamesSomeone) || _claims[b].Tags.Any(NamesSomeone)) return true;
        var (x, y) = (NamesOf(a), NamesOf(b));
        return x is null || y is null || x.Overlaps(y);
    }

    private static bool NamesSomeone(Tag tag) => tag.Kind is TagKinds.Name or TagKinds.Entity;

    /// <summary>The names of all the claim's documents, or null when one of them names no one.</summary>
    private HashSet<string>? NamesOf(int claim)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in _claims[claim].Attributions)
        {
            if (NamesIn(a.DocumentId) is not { Count: > 0 } of) return null;
            names.UnionWith(of);
        }
        return names;
    }

    /// <summary>The names and entities the tagger found in a document's sentences (null for a document not in the corpus).</summary>
    private HashSet<string>? NamesIn(string documentId)
    {
        if (_namesOf.TryGetValue(documentId, out var known)) return known;
        if (!_documentOf.TryGetValue(documentId, out var document)) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
            foreach (var tag in sentence.Tags)
                if (NamesSomeone(tag)) names.Add(tag.Value);
        return _namesOf[documentId] = names;
    }

    public bool SameStory(int a, int b) => _storyOf is null || Of(a).Stories.Overlaps(Of(b).Stories);

    /// <summary>Whether the claims have documents dated within a day of each other, or a document with no date known.</summary>
    public bool SameDay(int a, int b)
    {
        var (x, y) = (Of(a).Days, Of(b).Days);
        return x.Contains(0) || y.Contains(0) || x.Any(d => y.Contains(d) || y.Contains(d - 1) || y.Contains(d + 1));
    }

    private (HashSet<int> Stories, HashSet<int> Days) Of(int claim)
    {
        if (_cache.TryGetValue(claim, out var known)) return known;
        var stories = new HashSet<int>();
        var days = new HashSet<int>();
        foreach (var a in _claims[claim].Attributions)
        {
            if (_storyOf is not null && _storyOf.TryGetValue(a.DocumentId, out var s)) stories.Add(s);
            days.Add(_dayOf.GetValueOrDefault(a.DocumentId));
        }
        return _cache[claim] = (stories, days);
    }

    /// <summary>A day as month × 32 + day (wire datelines give no year); 0 is unknown.</summary>
    private static int Day(int month, int day) => month * 32 + day;

    /// <summary>The day of the dateline that opens one of the document's first sentences (after its headline); 0 when none.</summary>
    private static int DatelineDay(Document document)
    {
        for (var i = 0; i < Math.Min(3, document.Sentences.Length); i++)
            if (Datelines.Date(document.Sentences[i].Text) is var (month, day)) return Day(month, day);
        return 0;
    }
}
