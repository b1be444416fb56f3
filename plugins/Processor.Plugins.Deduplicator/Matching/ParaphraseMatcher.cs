using System.Collections.Concurrent;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Finds the pairs of distinct texts that the <see cref="ParaphraseModel"/> calls the same statement. Comparing every
/// pair is quadratic, so candidates come from an index of each text's rarest terms: two texts are compared when one of
/// the <see cref="RarestTerms"/> rarest terms of one is among those of the other. On the paraphrase pairs every pair
/// the model accepts shares one of its five rarest terms (measured: 100 % of 2,565 pairs with weighted Jaccard ≥ 0.45
/// at five, 98 % at three). A term found in more than <see cref="MaxPosting"/> texts' rare lists is no help in telling
/// facts apart and is skipped.
/// </summary>
internal sealed class ParaphraseMatcher(double threshold)
{
    public const int RarestTerms = 5;
    public const int MaxPosting = 2_000;

    /// <summary>A pair of distinct texts (A &lt; B) and the model's probability.</summary>
    public readonly record struct Pair(int A, int B, double Probability);

    /// <summary>
    /// The pairs of <paramref name="texts"/> the model accepts, split by whether their numbers agree: pairs with the same
    /// numbers are paraphrases; pairs whose numbers differ say the same thing with different figures (candidate conflicts).
    /// Pairs already in one group (<paramref name="group"/>: exact or near copies) and pairs of different claim kinds
    /// (<paramref name="kind"/>) are not compared.
    /// </summary>
    public (List<Pair> Same, List<Pair> DifferentNumbers) Find(IReadOnlyList<int> texts, TermTable terms, TextSketches sketches,
        ulong[] numbers, int[] kind, int[] group, CancellationToken cancellation)
    {
        var mass = new double[terms.Count];
        foreach (var t in texts) mass[t] = terms.Mass(t);
        var rare = new ulong[terms.Count][];
        var postings = new Dictionary<ulong, List<int>>();
        foreach (var t in texts)
        {
            rare[t] = Rarest(t, terms);
            foreach (var term in rare[t])
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(t);
            }
        }
        var same = new ConcurrentBag<Pair>();
        var different = new ConcurrentBag<Pair>();
        var lists = postings.Where(p => p.Value.Count is >= 2 and <= MaxPosting).ToArray();
        Parallel.ForEach(lists, new ParallelOptions { CancellationToken = cancellation }, posting =>
        {
            var (term, members) = (posting.Key, posting.Value);
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                    // Each pair once: at the smallest rare term the two share.
                    if (group[a] == group[b] || kind[a] != kind[b] || FirstShared(rare[a], rare[b]) != term) continue;
                    var p = ParaphraseModel.Probability(a, b, terms, sketches, mass[a], mass[b]);
                    if (p < threshold) continue;
                    (numbers[a] == numbers[b] ? same : different).Add(new Pair(a, b, p));
                }
        });
        // Bags come out in thread order: sort, so that the result never depends on scheduling.
        return ([.. same.OrderBy(p => p.A).ThenBy(p => p.B)], [.. different.OrderBy(p => p.A).ThenBy(p => p.B)]);
    }

    /// <summary>A text's rarest terms that some other text has too (a term only it has finds nothing), sorted by hash.</summary>
    private static ulong[] Rarest(int text, TermTable terms)
    {
        var all = terms.Terms(text);
        var chosen = new List<(int Frequency, ulong Term)>(all.Length);
        foreach (var term in all)
        {
            var frequency = terms.Frequency(term);
            if (frequency >= 2) chosen.Add((frequency, term));
        }
        chosen.Sort();
        var result = chosen.Take(RarestTerms).Select(c => c.Term).ToArray();
        Array.Sort(result);
        return result;
    }

    private static ulong FirstShared(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) return a[i];
            if (a[i] < b[j]) i++; else j++;
        }
        return 0;
    }
}
