using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Figures;

/// <summary>
/// Which entity a figure is about: the organisation mentioned nearest to the number in the sentence; when the
/// sentence names none ("2,000 of its members"), the organisation the article is mostly about; a person only for an
/// amount of money ("Bolton received $40,000") or when the article is about no organisation. Places are a last resort: "3,000 members arrived in Albania" counts members of a group,
/// not of Albania. The places the sentence names are kept beside (<c>places</c>), and the names of entities are taken
/// out of the figure's modifiers ("2,400 MEK members" counts members).
/// </summary>
internal static class FigureSubject
{
    public static string? Dominant(IEnumerable<Tag> entities)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in entities)
            if (tag.Get(TagKeys.Type) == "organization") counts[tag.Value] = counts.GetValueOrDefault(tag.Value) + 1;
        string? best = null;
        foreach (var (id, count) in counts)
            if (best is null || count > counts[best] || count == counts[best] && string.CompareOrdinal(id, best) < 0) best = id;
        return best;
    }

    /// <summary>
    /// The figure with its subject (<c>entity</c>), when one is found, and where it was found (<c>entity_from</c>:
    /// <c>sentence</c> when the sentence names it, <c>article</c> when it is the article's main organisation).
    /// </summary>
    public static Tag About(Tag figure, string sentence, IReadOnlyList<Tag> entities, string? dominant)
    {
        if (Of(figure, sentence, entities, dominant) is not { } about) return figure;
        var stated = false;
        for (var i = 0; i < entities.Count && !stated; i++) stated = entities[i].Value == about;
        return figure with { Attributes = figure.Attributes.SetItems([new(TagKeys.Entity, about), new(TagKeys.EntityFrom, stated ? "sentence" : "article")]) };
    }

    /// <summary>The figure with the sentence's places (<c>places</c>, ids joined by commas) and without entity names among its modifiers.</summary>
    public static Tag Place(Tag figure, IReadOnlyList<Tag> entities)
    {
        List<string>? places = null;
        foreach (var entity in entities)
            if (entity.Get(TagKeys.Type) == "place" && !(places ??= []).Contains(entity.Value)) places.Add(entity.Value);
        if (places is not null)
        {
            places.Sort(StringComparer.Ordinal);
            figure = figure.With(TagKeys.Places, string.Join(',', places));
        }
        if (figure.Get(TagKeys.Modifiers) is { } modifiers)
        {
            var aliasWords = entities.SelectMany(e => (e.Get(TagKeys.Alias) ?? "").Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet();
            var kept = string.Join(' ', modifiers.Split(' ').Where(w => !aliasWords.Contains(w)));
            figure = kept.Length == 0 ? figure with { Attributes = figure.Attributes.Remove("modifiers") } : figure.With(TagKeys.Modifiers, kept);
        }
        return figure;
    }

    public static string? Of(Tag figure, string sentence, IReadOnlyList<Tag> entities, string? dominant)
    {
        var at = sentence.IndexOf(figure.Get(TagKeys.Text) ?? figure.Value, StringComparison.Ordinal);
        int Distance(Tag entity)
        {
            var index = sentence.IndexOf(entity.Get(TagKeys.Alias) ?? "", StringComparison.Ordinal);
            return index < 0 || at < 0 ? int.MaxValue : Math.Abs(index - at);
        }
        // The nearest of a type (the first of equals, as a stable sort would give), without sorting.
        Tag? Nearest(string type)
        {
            Tag? best = null;
            var bestDistance = 0;
            foreach (var entity in entities)
            {
                if (entity.Get(TagKeys.Type) != type) continue;
                var distance = Distance(entity);
                if (best is null || distance < bestDistance) (best, bestDistance) = (entity, distance);
            }
            return best;
        }
        if (Nearest("organization") is { } organization) return organization.Value;
        // Counts of members, victims or fighters belong to the organisation the article is about ("killing as many as
        // 12,000 Iranians" in an article on the MEK), even when the sentence names a person beside them (Saddam Hussein).
        if (dominant is not null && figure.Get(TagKeys.Unit) != "USD") return dominant;
        var person = Nearest("person");
        return person?.Value ?? dominant ?? entities.FirstOrDefault()?.Value;
    }
}
