using System.Collections.Concurrent;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Finds the pairs of distinct texts that the <see cref="ParaphraseModel"/> calls the same statement. Comparing every
/// pair is quadratic, so candidates come from an index of each text's rarest terms: two texts are compared when two of
/// the <see cref="RarestTerms"/> rarest terms of one are among those of the other (the index holds each pair of a text's
/// rare terms, so that a word many texts share does not make every one of them a candidate of every other). On the
/// paraphrase corpus, 99.2 % of the 3,464 pairs the model gives 0.5 or more share two of their six rarest terms (100 %
/// share one; 97 % share two of five). A pair of terms that more than <see cref="MaxPosting"/> texts share tells no
/// facts apart and is skipped.
/// </summary>
internal sealed class ParaphraseMatcher(double threshold, double conflictThreshold)
{
    public const int RarestTerms = 6;
    public const int MaxPosting = 200;

    /// <summary>A pair of distinct texts (A &lt; B) and the model's probability.</summary>
    public readonly record struct Pair(int A, int B, double Probability);

    /// <summary>
    /// The pairs of <paramref name="texts"/> the model accepts, split by whether their numbers agree: pairs with the same
    /// numbers are paraphrases (from <c>threshold</c>); pairs whose numbers differ say the same thing with different
    /// figures (candidate conflicts, from the lower <c>conflictThreshold</c>: they are only linked, never merged, and only
    /// when a figure of the same quantity differs). Pairs already in one group (<paramref name="group"/>: exact or near
    /// copies) and pairs of different claim kinds (<paramref name="kind"/>) are not compared, nor pairs whose numbers differ
    /// unless both state figures a tagger found (<paramref name="figures"/>).
    /// </summary>
    public (List<Pair> Same, List<Pair> DifferentNumbers) Find(IReadOnlyList<int> texts, TermTable terms, TextSketches sketches,
        ulong[] numbers, bool[] figures, int[] kind, int[] group, CancellationToken cancellation)
    {
        var bigrams = BigramTable.Build(sketches, cancellation);
        var mass = new double[terms.Count];
        var rare = new ulong[terms.Count][];
        Parallel.ForEach(texts, new ParallelOptions { CancellationToken = cancellation }, t =>
        {
            mass[t] = terms.Mass(t);
            rare[t] = Rarest(t, terms);
        });
        // Postings as runs of one array sorted by key: no list per key.
        var count = 0L;
        foreach (var t in texts) count += rare[t].Length * (rare[t].Length - 1) / 2;
        var keys = new ulong[count];
        var owners = new int[count];
        var n = 0;
        foreach (var t in texts)
            for (var i = 0; i < rare[t].Length; i++)
                for (var j = i + 1; j < rare[t].Length; j++)
                {
                    keys[n] = PairKey(rare[t][i], rare[t][j]);
                    owners[n++] = t;
                }
        Array.Sort(keys, owners);
        var runs = new List<(int Start, int Length)>();
        for (var k = 0; k < keys.Length;)
        {
            var end = k + 1;
            while (end < keys.Length && keys[end] == keys[k]) end++;
            if (end - k is >= 2 and <= MaxPosting) runs.Add((k, end - k));
            k = end;
        }
        var same = new ConcurrentBag<Pair>();
        var different = new ConcurrentBag<Pair>();
        Parallel.ForEach(runs, new ParallelOptions { CancellationToken = cancellation }, run =>
        {
            var key = keys[run.Start];
            for (var i = run.Start; i < run.Start + run.Length; i++)
                for (var j = i + 1; j < run.Start + run.Length; j++)
                {
                    var (a, b) = owners[i] < owners[j] ? (owners[i], owners[j]) : (owners[j], owners[i]);
                    // Each pair once: at the key of the first two rare terms the texts share. Texts whose numbers differ
                    // matter only as conflicts, which need figures on both sides.
                    if (group[a] == group[b] || kind[a] != kind[b] || FirstSharedPair(rare[a], rare[b]) != key) continue;
                    if (numbers[a] != numbers[b] && !(figures[a] && figures[b])) continue;
                    var p = ParaphraseModel.Probability(a, b, terms, bigrams, sketches, mass[a], mass[b]);
                    if (numbers[a] == numbers[b]) { if (p >= threshold) same.Add(new Pair(a, b, p)); }
                    else if (p >= conflictThreshold) different.Add(new Pair(a, b, p));
                }
        });
        // Bags come out in thread order: sort, so that the result never depends on scheduling.
        return ([.. same.OrderBy(p => p.A).ThenBy(p => p.B)], [.. different.OrderBy(p => p.A).ThenBy(p => p.B)]);
    }

    private static ulong PairKey(ulong x, ulong y) => (x * 0x9E3779B97F4A7C15UL) ^ (y + 0x632BE59BD9B4E019UL + (x << 6) + (x >> 2));

    /// <summary>A text's rarest terms that some other text has too (a term only it has finds nothing), sorted by hash.</summary>
    private static ulong[] Rarest(int text, TermTable terms)
    {
        var all = terms.Terms(text);
        var frequencies = terms.Frequencies(text);
        Span<(int Frequency, ulong Term)> chosen = all.Length <= 128 ? stackalloc (int, ulong)[all.Length] : new (int, ulong)[all.Length];
        var n = 0;
        for (var k = 0; k < all.Length; k++)
            if (frequencies[k] >= 2) chosen[n++] = (frequencies[k], all[k]);
        chosen = chosen[..n];
        chosen.Sort();
        var result = new ulong[Math.Min(RarestTerms, n)];
        for (var k = 0; k < result.Length; k++) result[k] = chosen[k].Term;
        Array.Sort(result);
        return result;
    }

    /// <summary>The key of the first two rare terms two texts share (both lists sorted), or 0 when they share fewer.</summary>
    private static ulong FirstSharedPair(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0;
        ulong first = 0;
        var found = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                if (found++ == 1) return PairKey(first, a[i]);
                first = a[i];
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 0;
    }
}
