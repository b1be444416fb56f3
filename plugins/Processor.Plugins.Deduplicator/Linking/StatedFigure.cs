using System.Globalization;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// A figure a claim states, read from a tagger's <c>figure</c> tag: its value, what it counts (noun and the
/// modifiers that change what is counted: "former members" are not "members"), about whom, where, and whether the
/// sentence only supposes it, and the places its sentence names. Whether the subject is named in the sentence or
/// only guessed from the article matters: a guess never contradicts a name. Tags without a value are not figures.
/// </summary>
internal readonly record struct StatedFigure(double Value, string Text, string Measure, string Counts, string Modifiers,
    string? Entity, bool EntityStated, string[] Places, bool Hypothetical)
{
    public static IEnumerable<StatedFigure> Of(Claim claim)
    {
        foreach (var tag in claim.Tags)
        {
            if (tag.Kind != TagKinds.Figure || !double.TryParse(tag.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            var counts = tag.Get(TagKeys.Counts) ?? "";
            yield return new StatedFigure(value, tag.Get(TagKeys.Text) ?? tag.Value,
                tag.Get(TagKeys.Measure) ?? (tag.Get(TagKeys.Unit) == "USD" ? "money" : "count"),
                counts, tag.Get(TagKeys.Modifiers) ?? "", tag.Get(TagKeys.Entity), tag.Get(TagKeys.EntityFrom) != "article",
                tag.Get(TagKeys.Places) is { Length: > 0 } places ? places.Split(',') : [], tag.Get(TagKeys.Hypothetical) == "true");
        }
    }

    /// <summary>What is counted ("former member"): figures of one quantity about one subject measure one thing.</summary>
    public string Quantity => $"{Measure}|{Counts}|{Modifiers}";

    public bool SharesPlaceWith(StatedFigure other) => Places.Any(p => other.Places.Contains(p));

    /// <summary>
    /// Whether two figures can be about one subject: the same entity, or a subject only guessed from the article
    /// (<c>entity_from: article</c>) on either side, which never contradicts a named one.
    /// </summary>
    public bool SameSubjectAs(StatedFigure other) => Entity == other.Entity || !EntityStated || !other.EntityStated;

    /// <summary>Both sentences name the same subject.</summary>
    public bool SameStatedSubjectAs(StatedFigure other) => EntityStated && other.EntityStated && Entity is not null && Entity == other.Entity;

    /// <summary>Whether two values of one quantity differ by more than rounding does (10 %: "around 2,400" and "2,350" agree).</summary>
    public static bool Differ(double a, double b) => Math.Max(a, b) > Math.Min(a, b) * 1.1 + 1e-9;
}
