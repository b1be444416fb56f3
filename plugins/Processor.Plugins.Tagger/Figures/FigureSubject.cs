using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Figures;

/// <summary>
/// Which entity a figure is about: the organisation (then person) mentioned nearest to the number in the
/// sentence; when the sentence names none ("2,000 of its members"), the organisation the article is
/// mostly about. Places are a last resort: "3,000 members arrived in Albania" counts members of a group,
/// not of Albania. The places the sentence names are kept beside (<c>places</c>), and the names of entities are taken
/// out of the figure's modifiers ("2,400 MEK members" counts members).
/// </summary>
internal static class FigureSubject
{
    public static string? Dominant(IEnumerable<Tag> entities)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in entities)
            if (tag.Get("type") == "organization") counts[tag.Value] = counts.GetValueOrDefault(tag.Value) + 1;
        string? best = null;
        foreach (var (id, count) in counts)
            if (best is null || count > counts[best] || count == counts[best] && string.CompareOrdinal(id, best) < 0) best = id;
        return best;
    }

    /// <summary>The figure with its subject (<c>entity</c>), when one is found.</summary>
    public static Tag About(Tag figure, string sentence, IReadOnlyList<Tag> entities, string? dominant) =>
        Of(figure, sentence, entities, dominant) is { } about ? figure.With("entity", about) : figure;

    /// <summary>The figure with the sentence's places (<c>places</c>, ids joined by commas) and without entity names among its modifiers.</summary>
    public static Tag Place(Tag figure, IReadOnlyList<Tag> entities)
    {
        var places = entities.Where(e => e.Get("type") == "place").Select(e => e.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        if (places.Count > 0) figure = figure.With("places", string.Join(',', places));
        if (figure.Get("modifiers") is { } modifiers)
        {
            var aliasWords = entities.SelectMany(e => (e.Get("alias") ?? "").Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet();
            var kept = string.Join(' ', modifiers.Split(' ').Where(w => !aliasWords.Contains(w)));
            figure = kept.Length == 0 ? figure with { Attributes = figure.Attributes.Remove("modifiers") } : figure.With("modifiers", kept);
        }
        return figure;
    }

    public static string? Of(Tag figure, string sentence, IReadOnlyList<Tag> entities, string? dominant)
    {
        var at = sentence.IndexOf(figure.Get("text") ?? figure.Value, StringComparison.Ordinal);
        int Distance(Tag entity)
        {
            var index = sentence.IndexOf(entity.Get("alias") ?? "", StringComparison.Ordinal);
            return index < 0 || at < 0 ? int.MaxValue : Math.Abs(index - at);
        }
        foreach (var type in new[] { "organization", "person" })
        {
            var nearest = entities.Where(e => e.Get("type") == type).OrderBy(Distance).FirstOrDefault();
            if (nearest is not null) return nearest.Value;
        }
        return dominant ?? entities.FirstOrDefault()?.Value;
    }
}
