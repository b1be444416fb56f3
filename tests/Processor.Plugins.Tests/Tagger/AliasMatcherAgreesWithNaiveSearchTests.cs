using CsCheck;
using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>
/// The compiled automaton (complete rows, or, past its memory budget, transitions plus failure links) finds
/// exactly what a naive search for every alias finds.
/// </summary>
public sealed class AliasMatcherAgreesWithNaiveSearchTests
{
    private static readonly string[] Aliases =
        ["MEK", "MKO", "Mujahedin Khalq", "Mujahedin Khalq Organization", "Khalq", "Camp Ashraf", "Ashraf", "EU", "European Union", "Union", "he", "her", "hers"];

    private static readonly List<Entity> Entities = [.. Aliases.Select((a, i) => new Entity($"e{i}", a, "other", [a]))];

    private static readonly Gen<string> Text = Gen.OneOf<string>(
            "MEK", "MKO", "mek", "Mujahedin", "Khalq", "Organization", "Camp", "Ashraf", "Ashrafi", "EU", "European", "Union", "Unions",
            "he", "hers", "she", "the", "’s", "-", ",", ".", "Mujahedin-Khalq")
        .Array[0, 30].Select(words => string.Join(' ', words));

    [Fact]
    public void EveryBudgetFindsWhatANaiveSearchFinds()
    {
        var full = new AliasMatcher(Pairs());
        var tiny = new AliasMatcher(Pairs(), denseBudget: 1);
        var some = new AliasMatcher(Pairs(), denseBudget: 200);
        Text.Sample(text =>
        {
            var expected = Naive(text);
            Assert.Equal(expected, Describe(full.Find(text)));
            Assert.Equal(expected, Describe(tiny.Find(text)));
            Assert.Equal(expected, Describe(some.Find(text)));
        });
    }

    private static IEnumerable<(string, Entity)> Pairs() => Entities.Select(e => (e.Name, e));

    private static List<string> Describe(List<AliasMatch> matches) => [.. matches.Select(m => $"{m.Start}+{m.Length}:{m.Entity.Id}")];

    /// <summary>Every alias at every position (case-insensitive; acronyms exact; whole words), longest first where they overlap.</summary>
    private static List<string> Naive(string text)
    {
        var folded = text.Replace('’', '\'');
        var found = new List<(int Start, int Length, string Id)>();
        foreach (var entity in Entities)
        {
            var alias = entity.Name;
            var acronym = alias.Length <= 6 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c));
            for (var at = 0; (at = folded.IndexOf(alias, at, acronym ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) >= 0; at++)
            {
                var end = at + alias.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    found.Add((at, alias.Length, entity.Id));
            }
        }
        var kept = new List<string>();
        var last = -1;
        foreach (var m in found.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (m.Start < last) continue;
            last = m.Start + m.Length;
            kept.Add($"{m.Start}+{m.Length}:{m.Id}");
        }
        return kept;
    }
}
