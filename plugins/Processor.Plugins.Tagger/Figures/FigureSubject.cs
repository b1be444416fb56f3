using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Figures;

/// <summary>
/// Which entity a figure is about: the organisation (then person) mentioned nearest to the number in the
/// sentence; when the sentence names none ("2,000 of its members"), the organisation the article is
/// mostly about. Places are a last resort: "3,000 members arrived in Albania" counts members of a group,
/// not of Albania.
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
