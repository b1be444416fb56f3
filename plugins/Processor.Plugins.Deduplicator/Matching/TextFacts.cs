using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// What matching needs of each distinct claim text beyond its words, read from its first claim: the numbers it states
/// (as one key: texts whose keys differ never merge), whether it is a question (a question never merges with a statement) and the entities
/// the tagger found, with their aliases folded as the text is.
/// </summary>
internal sealed class TextFacts
{
    private TextFacts(ulong[] numbers, bool[] figures, int[] kinds, IReadOnlyList<(string Alias, string Id)>[] entities)
    {
        Numbers = numbers;
        Figures = figures;
        Kinds = kinds;
        Entities = entities;
    }

    /// <summary>
    /// A key of the text's numbers (<see cref="NumberExpressions"/>) and how each is written; 0 when it states none.
    /// "2 percentage points" and "two percentage points" get different keys: a number written in words and the same
    /// number in digits are kept apart, so that no merge ever joins texts whose written figures differ (a reader or a
    /// check comparing the digits would see two figures). Measured on the paraphrase pairs, this costs one link in 600.
    /// </summary>
    public ulong[] Numbers { get; }

    /// <summary>Whether a tagger found a figure (tag <c>figure</c>) in the text: only such texts can conflict.</summary>
    public bool[] Figures { get; }

    /// <summary>
    /// Which texts may be merged by kind (<c>kind</c> tag): a question never merges with a statement; a fact, a quote
    /// and an opinion may ("X said the plant closed" and "The plant closed" state one thing).
    /// </summary>
    public int[] Kinds { get; }

    public IReadOnlyList<(string Alias, string Id)>[] Entities { get; }

    public static TextFacts Build(Claim[] claims, List<int> firstClaim, CancellationToken cancellation)
    {
        var numbers = new ulong[firstClaim.Count];
        var kinds = new int[firstClaim.Count];
        var figures = new bool[firstClaim.Count];
        var entities = new IReadOnlyList<(string, string)>[firstClaim.Count];
        Parallel.For(0, firstClaim.Count, new ParallelOptions { CancellationToken = cancellation }, d =>
        {
            var claim = claims[firstClaim[d]];
            numbers[d] = NumbersKey(claim.Text);
            List<(string, string)>? found = null;
            foreach (var tag in claim.Tags)
            {
                if (tag.Kind == TagKinds.ClaimKind) kinds[d] = KindCode(tag.Value);
                else if (tag.Kind == TagKinds.Figure) figures[d] = true;
                else if (tag.Kind == TagKinds.Entity && tag.Get(TagKeys.Alias) is { } alias)
                    (found ??= []).Add((TextNormalizer.FoldForComparison(alias), tag.Value));
            }
            entities[d] = found ?? (IReadOnlyList<(string, string)>)[];
        });
        return new TextFacts(numbers, figures, kinds, entities);
    }

    private static ulong NumbersKey(string text)
    {
        var values = new List<double>();
        foreach (var (value, index, _) in NumberExpressions.FindAll(text))
        {
            // Spelled numbers count apart from digits (negative: no written value is below zero).
            var key = char.IsAsciiDigit(text[index]) ? NumberExpressions.Normalise(value) : -NumberExpressions.Normalise(value) - 1;
            if (!values.Contains(key)) values.Add(key);
        }
        if (values.Count == 0) return 0;
        values.Sort();
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values))) | 1;
    }

    private static int KindCode(string kind) => kind == "question" ? 1 : 0;
}
