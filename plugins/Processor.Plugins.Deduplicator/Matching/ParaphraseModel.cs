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
/// <item>character 5-shingle Jaccard (estimated from the MinHash signatures): spelling variants and shared phrasing the
/// stems miss;</item>
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
    private const double MinJaccard = 0.15;
    private const double MinCoverage = 0.25;

    /// <summary>The probability that texts <paramref name="a"/> and <paramref name="b"/> are paraphrases (0–1), given their term masses (<see cref="TermTable.Mass"/>).</summary>
    public static double Probability(int a, int b, TermTable terms, BigramTable bigrams, TextSketches sketches, double ma, double mb)
    {
        var shared = terms.Shared(a, b);
        if (ma <= 0 || mb <= 0) return 0;
        var jaccard = shared / Math.Max(ma + mb - shared, 1e-9);
        var (ca, cb) = (shared / ma, shared / mb);
        // Texts that share this little content are never paraphrases: of the 3,464 paraphrase-corpus pairs the model
        // gives 0.5 or more, none has a weighted Jaccard below 0.17 or a smaller coverage below 0.26. Returning early
        // skips the other comparisons.
        if (jaccard < MinJaccard || Math.Min(ca, cb) < MinCoverage) return 0;
        var (na, nb) = (sketches.Words(a).Length, sketches.Words(b).Length);
        var lengthDifference = Math.Abs(na - nb) / (double)Math.Max(Math.Max(na, nb), 1);
        var z = WeightedJaccard * jaccard
            + SmallerCoverage * Math.Min(ca, cb) + LargerCoverage * Math.Max(ca, cb)
            + ShingleJaccard * sketches.ShingleSimilarity(a, b)
            + BigramJaccard * bigrams.Jaccard(a, b)
            + LengthDifference * lengthDifference
            + UnsharedWeight * Math.Max(ma - shared, mb - shared)
            + Intercept;
        return 1 / (1 + Math.Exp(-z));
    }
}
