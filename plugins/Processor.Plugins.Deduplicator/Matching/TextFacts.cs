using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// What matching needs of each distinct claim text beyond its words, read from its first claim: the numbers it states
/// (as one key: texts whose keys differ never merge), its kind (a question never merges with a fact) and the entities
/// the tagger found, with their aliases folded as the text is.
/// </summary>
internal sealed class TextFacts
{
    private TextFacts(ulong[] numbers, int[] kinds, IReadOnlyList<(string Alias, string Id)>[] entities)
    {
        Numbers = numbers;
        Kinds = kinds;
        Entities = entities;
    }

    /// <summary>A key of the text's numbers (<see cref="NumberExpressions.Values"/>); 0 when it states none.</summary>
    public ulong[] Numbers { get; }

    /// <summary>The text's kind (<c>kind</c> tag) as a small number; 0 when untagged.</summary>
    public int[] Kinds { get; }

    public IReadOnlyList<(string Alias, string Id)>[] Entities { get; }

    public static TextFacts Build(Claim[] claims, List<int> firstClaim, CancellationToken cancellation)
    {
        var numbers = new ulong[firstClaim.Count];
        var kinds = new int[firstClaim.Count];
        var entities = new IReadOnlyList<(string, string)>[firstClaim.Count];
        Parallel.For(0, firstClaim.Count, new ParallelOptions { CancellationToken = cancellation }, d =>
        {
            var claim = claims[firstClaim[d]];
            var values = NumberExpressions.Values(claim.Text);
            numbers[d] = values.Length == 0 ? 0 : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(values.AsSpan())) | 1;
            List<(string, string)>? found = null;
            foreach (var tag in claim.Tags)
            {
                if (tag.Kind == "kind") kinds[d] = KindCode(tag.Value);
                else if (tag.Kind == "entity" && tag.Get("alias") is { } alias)
                    (found ??= []).Add((TextNormalizer.FoldForComparison(alias), tag.Value));
            }
            entities[d] = found ?? (IReadOnlyList<(string, string)>)[];
        });
        return new TextFacts(numbers, kinds, entities);
    }

    private static int KindCode(string kind) => kind switch
    {
        "fact" => 1, "opinion" => 2, "quote" => 3, "question" => 4, "testimony" => 5, _ => 6,
    };
}
