using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Whether two texts with the same numbers state the same thing in other words: a logistic model over seven
/// measures of what the texts share. Its weights were fitted on the Microsoft Research Paraphrase Corpus's
/// training file without the 600 pairs the project measures on (3,476 pairs; bench/RESULTS.md), and are fixed here:
/// nothing is learnt at run time. What each measure catches:
/// <list type="bullet">
/// <item>shared term weight over all term weight (weighted Jaccard), and over each text's own weight (the smaller
/// and the larger coverage): how much of the content the texts share, names and rare words counting most;</item>
/// <item>character 5-shingle Jaccard: spelling variants and shared phrasing the stems miss;</item>
/// <item>word-bigram Jaccard (negative weight once the others are known: texts that share content in different
/// phrasing are no worse than texts that share phrasing);</item>
/// <item>the difference in length, relative: the strongest sign that one text adds a fact the other lacks, which is
/// what most of the corpus's non-paraphrases with shared words do;</item>
/// <item>the larger unshared weight, absolute.</item>
/// </list>
/// </summary>
internal static class ParaphraseModel
{
    private const double WeightedJaccard = 1.831;
    private const double SmallerCoverage = 1.259;
    private const double LargerCoverage = 0.365;
    private const double ShingleJaccard = 1.811;
    private const double BigramJaccard = -0.761;
    private const double LengthDifference = -3.613;
    private const double UnsharedWeight = -0.0224;   // per unit of term weight (fitted as -0.224 per 10)
    private const double Intercept = -0.328;

    /// <summary>The probability that texts <paramref name="a"/> and <paramref name="b"/> are paraphrases (0–1), given their term masses (<see cref="TermTable.Mass"/>).</summary>
    public static double Probability(int a, int b, TermTable terms, TextSketches sketches, double ma, double mb)
    {
        var shared = terms.Shared(a, b);
        if (ma <= 0 || mb <= 0) return 0;
        var jaccard = shared / Math.Max(ma + mb - shared, 1e-9);
        var (ca, cb) = (shared / ma, shared / mb);
        var wa = sketches.Words(a);
        var wb = sketches.Words(b);
        var lengthDifference = Math.Abs(wa.Length - wb.Length) / (double)Math.Max(Math.Max(wa.Length, wb.Length), 1);
        var z = WeightedJaccard * jaccard
            + SmallerCoverage * Math.Min(ca, cb) + LargerCoverage * Math.Max(ca, cb)
            + ShingleJaccard * ShingleSet.Jaccard(sketches.Shingles(a), sketches.Shingles(b))
            + BigramJaccard * Bigrams(wa, wb)
            + LengthDifference * lengthDifference
            + UnsharedWeight * Math.Max(ma - shared, mb - shared)
            + Intercept;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Jaccard similarity of the two word sequences' bigrams.</summary>
    private static double Bigrams(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length < 2 || b.Length < 2) return 0;
        Span<ulong> x = a.Length <= 256 ? stackalloc ulong[a.Length - 1] : new ulong[a.Length - 1];
        Span<ulong> y = b.Length <= 256 ? stackalloc ulong[b.Length - 1] : new ulong[b.Length - 1];
        var nx = Pairs(a, x);
        var ny = Pairs(b, y);
        int i = 0, j = 0, shared = 0;
        while (i < nx && j < ny)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared / (double)(nx + ny - shared);
    }

    /// <summary>The distinct bigram hashes of <paramref name="words"/>, sorted; returns how many.</summary>
    private static int Pairs(ReadOnlySpan<ulong> words, Span<ulong> pairs)
    {
        for (var k = 0; k + 1 < words.Length; k++) pairs[k] = words[k] * 0x9E3779B97F4A7C15UL ^ (words[k + 1] + 0x632BE59BD9B4E019UL);
        pairs.Sort();
        var n = 0;
        for (var k = 0; k < pairs.Length; k++)
            if (k == 0 || pairs[k] != pairs[k - 1]) pairs[n++] = pairs[k];
        return n;
    }
}
