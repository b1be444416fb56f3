using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Whether two merged claims can be reports of one event, for figures to disagree: stated in documents of one story,
/// and dated the same day or the next where both dates are known (a document's publication date, else the month and day
/// of the dateline its story opens with). A figure of another day is an update or another event: "Notes in circulation
/// totalled 16.24 billion dlrs" one week and 17.11 billion the next do not disagree.
/// </summary>
internal sealed class EventScope
{
    private readonly ImmutableArray<Claim>.Builder _claims;
    private readonly Dictionary<string, int>? _storyOf;
    private readonly Dictionary<string, int> _dayOf;
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
        foreach (var d in documents)
            _dayOf[d.Id] = d.Get(DocumentMetadata.Published) is { } p ? Day(p.Month, p.Day) : DatelineDay(d);
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
