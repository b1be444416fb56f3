using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Clustering;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Links between claims through the figures they state (the tagger's <c>figure</c> tags), never merges:
/// <list type="bullet">
/// <item><b>Conflicts, one statement:</b> two claims that say the same thing except for a figure (the matcher found
/// them alike but their numbers differ: "forcing about 850 residents" / "about 600 residents") conflict on every
/// quantity both count with different values.</item>
/// <item><b>Conflicts, one quantity:</b> claims of different reports that count the same thing (noun and modifiers)
/// of the same subject in the same place ("around 2,400 MEK members … in Albania", "Albania … hosts around 3,000
/// members") with values more than 10 % apart. Figures the sentence only supposes, durations, ages, money and
/// percentages are never lined up this way: sharing a unit ("years", "$") says nothing about sharing a quantity.</item>
/// <item><b>Agreements:</b> claims of different reports that give one value for such a quantity state one fact
/// ("over 12,000 Iranians", "as many as 12,000 Iranians"): a <see cref="ClaimLinkKind.SameFact"/> link.</item>
/// </list>
/// </summary>
internal static class FigureLinks
{
    private readonly record struct Row(int Claim, StatedFigure Figure);

    /// <param name="claims">The merged claims.</param>
    /// <param name="reports">The independent reports (<see cref="IndependentReports"/>) of each claim.</param>
    /// <param name="alike">Pairs of claims that state one thing with different numbers.</param>
    public static List<ClaimLink> Find(IReadOnlyList<Claim> claims, IReadOnlyList<HashSet<int>> reports, IEnumerable<(int A, int B)> alike)
    {
        var figures = claims.Select(c => StatedFigure.Of(c).ToList()).ToList();
        var links = new List<ClaimLink>();
        links.AddRange(SameStatement(claims, figures, alike));
        links.AddRange(SameQuantity(claims, figures, reports));
        // One set of claims is linked once per kind (a pair can be found both ways).
        return links.DistinctBy(l => (l.Kind, string.Join(',', l.Claims.Select(c => c.ClaimId).Order(StringComparer.Ordinal))))
            .OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<ClaimLink> SameStatement(IReadOnlyList<Claim> claims, List<List<StatedFigure>> figures, IEnumerable<(int A, int B)> alike)
    {
        // Components per quantity (what is counted, not who: the statements are alike, so they are about the same).
        var byQuantity = new Dictionary<string, List<(int A, int B)>>(StringComparer.Ordinal);
        foreach (var (a, b) in alike)
            foreach (var fa in figures[a])
                foreach (var fb in figures[b])
                    if (fa.Measure == fb.Measure && fa.Counts == fb.Counts && fa.Modifiers == fb.Modifiers && StatedFigure.Differ(fa.Value, fb.Value))
                    {
                        var key = $"{fa.Measure}|{fa.Counts}|{fa.Modifiers}";
                        if (!byQuantity.TryGetValue(key, out var pairs)) byQuantity[key] = pairs = [];
                        pairs.Add((a, b));
                    }
        foreach (var (key, pairs) in byQuantity)
        {
            var sets = new UnionFind(claims.Count);
            foreach (var (a, b) in pairs) sets.Union(a, b);
            foreach (var component in pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().GroupBy(sets.Find))
            {
                var parts = key.Split('|');
                var rows = component.Order()
                    .SelectMany(c => figures[c].Where(f => f.Measure == parts[0] && f.Counts == parts[1] && f.Modifiers == parts[2]).Select(f => new Row(c, f)))
                    .DistinctBy(r => (r.Claim, r.Figure.Value)).ToList();
                yield return Link(ClaimLinkKind.Conflict, Describe(rows[0].Figure, claims[rows[0].Claim], place: null), rows, claims);
            }
        }
    }

    private static IEnumerable<ClaimLink> SameQuantity(IReadOnlyList<Claim> claims, List<List<StatedFigure>> figures, IReadOnlyList<HashSet<int>> reports)
    {
        var groups = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        for (var c = 0; c < claims.Count; c++)
            foreach (var f in figures[c])
            {
                if (f.Measure != "count" || f.Hypothetical || f.Entity is null || f.Counts.Length == 0) continue;
                if (!groups.TryGetValue(f.Quantity, out var rows)) groups[f.Quantity] = rows = [];
                rows.Add(new Row(c, f));
            }
        foreach (var (_, all) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = all.DistinctBy(r => (r.Claim, r.Figure.Value)).ToList();
            if (rows.Select(r => r.Claim).Distinct().Count() < 2) continue;
            // Conflicts: rows joined by a shared place, with values apart from different reports.
            var sets = new UnionFind(rows.Count);
            for (var x = 0; x < rows.Count; x++)
                for (var y = x + 1; y < rows.Count; y++)
                    if (rows[x].Figure.SharesPlaceWith(rows[y].Figure)) sets.Union(x, y);
            var inConflict = new bool[rows.Count];
            foreach (var component in Enumerable.Range(0, rows.Count).GroupBy(sets.Find).Select(g => g.ToList()))
            {
                var conflicting = component.Any(x => component.Any(y => StatedFigure.Differ(rows[x].Figure.Value, rows[y].Figure.Value)
                    && !reports[rows[x].Claim].Overlaps(reports[rows[y].Claim])));
                if (!conflicting) continue;
                foreach (var x in component) inConflict[x] = true;
                var members = component.Select(x => rows[x]).ToList();
                yield return Link(ClaimLinkKind.Conflict, Describe(members[0].Figure, claims[members[0].Claim], SharedPlace(members)), members, claims);
            }
            // Agreements: one value (within rounding), from two reports or more, in a shared place or with no place said.
            var rest = Enumerable.Range(0, rows.Count).Where(x => !inConflict[x]).OrderBy(x => rows[x].Figure.Value).ToList();
            for (var k = 0; k < rest.Count;)
            {
                var bucket = new List<Row> { rows[rest[k]] };
                for (k++; k < rest.Count && !StatedFigure.Differ(bucket[0].Figure.Value, rows[rest[k]].Figure.Value); k++) bucket.Add(rows[rest[k]]);
                var placed = bucket.Where(r => r.Figure.Places.Length > 0).ToList();
                var samePlace = placed.Count < 2 || placed.All(r => r.Figure.SharesPlaceWith(placed[0].Figure));
                if (bucket.Select(r => r.Claim).Distinct().Count() >= 2 && samePlace && bucket.SelectMany(r => reports[r.Claim]).Distinct().Count() >= 2)
                    yield return Link(ClaimLinkKind.SameFact, Describe(bucket[0].Figure, claims[bucket[0].Claim], SharedPlace(bucket)), bucket, claims);
            }
        }
    }

    /// <summary>The place most of the rows name, if any.</summary>
    private static string? SharedPlace(List<Row> rows) =>
        rows.SelectMany(r => r.Figure.Places).GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    private static ClaimLink Link(string kind, string basis, List<Row> rows, IReadOnlyList<Claim> claims)
    {
        var members = rows.Select(r => new LinkedClaim(claims[r.Claim].Id, r.Figure.Value.ToString("0.##", CultureInfo.InvariantCulture), r.Figure.Text))
            .ToImmutableArray();
        var key = kind + "|" + basis + "|" + string.Join(',', members.Select(m => m.ClaimId + "=" + m.Value));
        var id = "k" + Convert.ToHexStringLower(BitConverter.GetBytes(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(key))))[..12];
        return new ClaimLink(id, kind, basis, members);
    }

    /// <summary>"member (former) · MEK (People's Mojahedin Organization of Iran) · Albania": what the figures count, for a reader.</summary>
    private static string Describe(StatedFigure f, Claim claim, string? place)
    {
        string? Name(string? id) => id is null ? null
            : claim.Tags.FirstOrDefault(t => t.Kind == "entity" && t.Value == id)?.Get("name") ?? id;
        var what = f.Measure == "money" ? "amount (USD)" : f.Counts;
        var parts = new List<string> { f.Modifiers.Length > 0 ? $"{f.Modifiers} {what}" : what };
        if (Name(f.Entity) is { } entity) parts.Add(entity);
        if (place != f.Entity && Name(place) is { } placeName) parts.Add(placeName);
        return string.Join(" · ", parts);
    }
}
