using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Processor.Abstractions;

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
    /// <param name="reports">What makes each claim's documents one report (<see cref="IndependentReports.KeysOf"/>): claims sharing a key share a report.</param>
    /// <param name="independent">Counts the independent reports of several claims together.</param>
    /// <param name="alike">Pairs of claims that state one thing with different numbers, with how alike they are (1 for near copies).</param>
    /// <param name="sameStatement">From what likeness a duration, age, sum or percentage is compared: these share a unit with
    /// too much else to be lined up on a loose likeness ("28 years with the group" and "escaped 3 years ago").</param>
    /// <param name="events">Which claims are stated in reports of one story and one day: figures of alike sentences of other
    /// stories or days are other events or updates ("Notes in circulation totalled 16.24 billion dlrs" one week and 17.11
    /// billion the next), and counts of one subject dated days apart are too.</param>
    public static List<ClaimLink> Find(IReadOnlyList<Claim> claims, IReadOnlyList<HashSet<long>> reports, IndependentReports independent, IEnumerable<(int A, int B, double Probability)> alike,
        double sameStatement, EventScope events)
    {
        // Most claims state no figure: they share one empty list instead of two of their own.
        var figures = new List<List<StatedFigure>>(claims.Count);
        var allValues = new List<List<double>>(claims.Count);
        foreach (var claim in claims)
        {
            var all = StatedFigure.Of(claim).ToList();
            if (all.Count == 0)
            {
                figures.Add(NoFigures);
                allValues.Add(NoValues);
                continue;
            }
            figures.Add(all.Where(f => !f.Hypothetical && f.Counts.Length > 0).ToList());
            allValues.Add(all.ConvertAll(f => f.Value));
        }
        // Per quantity (what is counted): which claims are about the same thing, by either way.
        var edges = new Dictionary<string, List<(int A, int B)>>(StringComparer.Ordinal);
        void Edge(string quantity, int a, int b)
        {
            if (!edges.TryGetValue(quantity, out var list)) edges[quantity] = list = [];
            list.Add((a, b));
        }
        // One statement with different figures. Claims of one report that differ only in a figure are two statements of
        // that report (a change over time, two people's accounts), not sources that disagree.
        // Only reports of one event disagree (events: one story, one day); two instances of one template about different
        // subjects or times are different facts (StatementScope), and so are two sentences most of whose figures differ:
        // one statement with a figure changed keeps the others.
        foreach (var (a, b, probability) in alike.Where(p => !reports[p.A].Overlaps(reports[p.B]) && OneFigureChanged(allValues[p.A], allValues[p.B]) && events.SameStory(p.A, p.B) && events.SameDay(p.A, p.B) && events.SameSubject(p.A, p.B)
                                                            && !StatementScope.Differs(claims[p.A].Text, claims[p.B].Text, SpeakerWords(claims[p.A], claims[p.B]))))
            foreach (var fa in figures[a])
                foreach (var fb in figures[b])
                    if (fa.Quantity == fb.Quantity && StatedFigure.Differ(fa.Value, fb.Value) && (fa.Measure == "count" || probability >= sameStatement))
                        Edge(fa.Quantity, a, b);
        // One count about one subject in one place.
        var counted = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        for (var c = 0; c < claims.Count; c++)
            // A subject that is also the figure's place ("U.S. car sales", "United States" from "U.S.") is where, not who:
            // every count of a country's wire stories would line up.
            foreach (var f in figures[c].Where(f => f.Measure == "count" && f.Entity is not null && !f.Places.Contains(f.Entity)))
            {
                if (!counted.TryGetValue(f.Quantity, out var rows)) counted[f.Quantity] = rows = [];
                rows.Add(new Row(c, f));
            }
        foreach (var (quantity, rows) in counted)
            for (var x = 0; x < rows.Count; x++)
                for (var y = x + 1; y < rows.Count; y++)
                    if (rows[x].Claim != rows[y].Claim && rows[x].Figure.SameSubjectAs(rows[y].Figure) && rows[x].Figure.SharesPlaceWith(rows[y].Figure)
                        && events.SameDay(rows[x].Claim, rows[y].Claim))
                        Edge(quantity, rows[x].Claim, rows[y].Claim);

        var links = new List<ClaimLink>();
        var inConflict = new HashSet<(string Quantity, int Claim)>();
        foreach (var (quantity, list) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var component in Groups(list))
            {
                var rows = component.SelectMany(c => figures[c].Where(f => f.Quantity == quantity).Select(f => new Row(c, f)))
                    .DistinctBy(r => (r.Claim, r.Figure.Value)).ToList();
                // Claims conflict when the values they give for the quantity differ, taken together: each gives a value
                // the other does not. "To 15.9 pct from 18.6 pct" in two reports agrees, though 15.9 and 18.6 differ;
                // "sold 13 pct … and a further 18 pct" does not contradict "a 13 pct interest".
                var valuesOf = rows.GroupBy(r => r.Claim).ToDictionary(g => g.Key, g => g.Select(r => r.Figure.Value).ToList());
                var conflicting = valuesOf.Keys.Any(x => valuesOf.Keys.Any(y => x < y && !reports[x].Overlaps(reports[y])
                    && EachGivesAValueTheOtherDoesNot(valuesOf[x], valuesOf[y])));
                if (!conflicting) continue;
                foreach (var r in rows) inConflict.Add((quantity, r.Claim));
                links.Add(Link(ClaimLinkKind.Conflict, Describe(rows, claims, SharedPlace(rows)), rows, claims));
            }
        }
        links.AddRange(Agreements(claims, counted, independent, inConflict));
        return links.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One value (within rounding) of one count about one subject, from two reports or more, in a shared place or with
    /// no place said: one fact stated in different sentences.
    /// </summary>
    private static IEnumerable<ClaimLink> Agreements(IReadOnlyList<Claim> claims, Dictionary<string, List<Row>> counted,
        IndependentReports independent, HashSet<(string, int)> inConflict)
    {
        var scratch = new HashSet<int>();
        foreach (var (quantity, all) in counted.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rest = all.Where(r => !inConflict.Contains((quantity, r.Claim))).DistinctBy(r => (r.Claim, r.Figure.Value)).OrderBy(r => r.Figure.Value).ToList();
            for (var k = 0; k < rest.Count;)
            {
                var bucket = new List<Row> { rest[k] };
                for (k++; k < rest.Count && !StatedFigure.Differ(bucket[0].Figure.Value, rest[k].Figure.Value); k++) bucket.Add(rest[k]);
                var compatible = bucket.All(x => bucket.All(y => x.Figure.SameSubjectAs(y.Figure)
                    && (x.Figure.Places.Length == 0 || y.Figure.Places.Length == 0 || x.Figure.SharesPlaceWith(y.Figure))));
                if (compatible && bucket.Select(r => r.Claim).Distinct().Count() >= 2 && independent.Count(bucket.Select(r => r.Claim).Distinct().SelectMany(c => claims[c].Attributions).Select(a => a.DocumentId), scratch) >= 2)
                    yield return Link(ClaimLinkKind.SameFact, Describe(bucket, claims, SharedPlace(bucket)), bucket, claims);
            }
        }
    }

    /// <summary>
    /// The claims linked for one quantity, in groups of claims each linked to the group's first: the claim with the most
    /// links and its neighbours, then the same among the rest. Components of the link graph chained claims that were
    /// never compared ("TWA load factor in February" to another airline's to "TWA … in March"); a group of neighbours
    /// lists only values stated alike to one claim. A group of two or more, each in order.
    /// </summary>
    internal static IEnumerable<List<int>> Groups(List<(int A, int B)> edges)
    {
        var neighbours = new Dictionary<int, HashSet<int>>();
        foreach (var (a, b) in edges)
        {
            if (!neighbours.TryGetValue(a, out var na)) neighbours[a] = na = [];
            if (!neighbours.TryGetValue(b, out var nb)) neighbours[b] = nb = [];
            na.Add(b);
            nb.Add(a);
        }
        var placed = new HashSet<int>();
        foreach (var centre in neighbours.Keys.OrderByDescending(c => neighbours[c].Count).ThenBy(c => c))
        {
            if (placed.Contains(centre)) continue;
            var group = neighbours[centre].Where(n => !placed.Contains(n)).Append(centre).Order().ToList();
            if (group.Count < 2) continue;
            placed.UnionWith(group);
            yield return group;
        }
    }

    /// <summary>Whether each list has a value that, within rounding, is none of the other's.</summary>
    private static bool EachGivesAValueTheOtherDoesNot(List<double> a, List<double> b) =>
        a.Any(x => b.All(y => StatedFigure.Differ(x, y))) && b.Any(y => a.All(x => StatedFigure.Differ(x, y)));

    /// <summary>
    /// Whether two alike sentences can be one statement with a figure changed: each gives at most one value the other
    /// does not, or they share at least as many values as they change ("A 200 mln dlr issue … 8-1/8 pct coupon … to
    /// yield 8.21 pct" and "A 160 mln dlr offering … 8-5/8 pct coupon … to yield 8.661 pct" change every figure: two
    /// bond issues, not two accounts of one).
    /// </summary>
    private static readonly List<StatedFigure> NoFigures = [];
    private static readonly List<double> NoValues = [];

    /// <summary>The words of the speakers' names of two claims (tag <c>speaker</c>).</summary>
    private static HashSet<string> SpeakerWords(Claim a, Claim b)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in a.Tags.Concat(b.Tags))
            if (tag.Kind == TagKinds.Speaker)
                foreach (var word in tag.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(word);
        return words;
    }

    private static bool OneFigureChanged(List<double> a, List<double> b)
    {
        var onlyA = a.Count(x => !b.Any(y => !StatedFigure.Differ(x, y)));
        var onlyB = b.Count(y => !a.Any(x => !StatedFigure.Differ(x, y)));
        var shared = a.Count - onlyA;
        return Math.Max(onlyA, onlyB) <= 1 || shared >= Math.Max(onlyA, onlyB);
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

    /// <summary>"former member · MEK (People's Mojahedin Organization of Iran) · Albania": what the figures count, for a reader.</summary>
    private static string Describe(List<Row> rows, IReadOnlyList<Claim> claims, string? place)
    {
        string? Name(string? id) => id is null ? null
            : rows.SelectMany(r => claims[r.Claim].Tags).FirstOrDefault(t => t.Kind == TagKinds.Entity && t.Value == id)?.Get(TagKeys.Name) ?? id;
        var f = rows.FirstOrDefault(r => r.Figure.EntityStated).Figure is { Counts: not null } stated ? stated : rows[0].Figure;
        // "amount (USD)" for "$40,000", "amount (franc)" for "7.7 billion francs": money is not all dollars.
        var what = f.Measure == "money" ? $"amount ({(f.Counts == "usd" ? "USD" : f.Counts)})" : f.Counts;
        var parts = new List<string> { f.Modifiers.Length > 0 ? $"{f.Modifiers} {what}" : what };
        // A subject only guessed from the articles is not shown as if a source had named it.
        if (rows.Any(r => r.Figure.EntityStated) && Name(f.Entity) is { } entity) parts.Add(entity);
        if (place != f.Entity && Name(place) is { } placeName) parts.Add(placeName);
        return string.Join(" · ", parts);
    }
}
