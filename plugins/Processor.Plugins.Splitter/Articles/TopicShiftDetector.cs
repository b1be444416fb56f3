using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Splitter.Articles;

/// <summary>
/// Finds topic shifts inside a long run of body paragraphs that no structural marker separates (articles
/// glued together without a separator), TextTiling-style: the vocabulary of the paragraphs before each gap
/// is compared with the vocabulary after it, and a gap whose similarity is a deep valley between two
/// peaks starts a new article.
/// </summary>
internal sealed class TopicShiftDetector(double sensitivity)
{
    private const int Window = 6;
    private const int MinParagraphs = 4;

    /// <summary>Names (capitalised words inside a sentence) say more about the topic than ordinary words.</summary>
    private const int NameWeight = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "also", "although", "among", "because", "been", "before", "being", "between",
        "both", "could", "does", "doing", "during", "each", "even", "every", "from", "further", "have", "having", "into", "just",
        "more", "most", "much", "must", "only", "other", "over", "said", "same", "says", "should", "since", "some", "such",
        "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very",
        "were", "what", "when", "where", "which", "while", "will", "with", "would", "your", "what", "many", "like", "made",
        "make", "years", "year", "group", "people", "time", "well", "still", "however", "according", "told", "last", "first",
    };

    private static readonly char[] TokenTrim = [',', '.', ';', ':', '!', '?', '"', '“', '”', '(', ')', '‘', '’', '\'', '–', '—', '/'];

    /// <summary>Indexes (into <paramref name="paragraphs"/>) of paragraphs that start a new article, with their depth score.</summary>
    public List<(int Index, double Depth)> Find(IReadOnlyList<string> paragraphs)
    {
        var result = new List<(int, double)>();
        if (paragraphs.Count < 2 * MinParagraphs) return result;
        var terms = _terms ??= [];
        var weights = _weights ??= [];
        terms.Clear();
        var bags = paragraphs.Select(p => Terms(p, terms, weights)).ToList();
        var similarity = Similarities(bags, terms.Count);
        var gaps = similarity.Length;

        // Measured on the seeds (docs/splitter.md): true shifts scored 0.37–0.64, false ones up to 0.80, so
        // the default (0.5 → 0.85) only splits on very strong shifts; raise sensitivity to split more.
        var threshold = 0.35 + 1.0 * (1 - Math.Clamp(sensitivity, 0, 1));
        var lastBoundary = 0;
        for (var g = MinParagraphs - 1; g < gaps - (MinParagraphs - 1); g++)
        {
            if (g > 0 && similarity[g] > similarity[g - 1] || g + 1 < gaps && similarity[g] > similarity[g + 1]) continue;
            var depth = Peak(similarity, g, -1) - similarity[g] + Peak(similarity, g, +1) - similarity[g];
            if (depth < threshold || g + 1 - lastBoundary < MinParagraphs) continue;
            result.Add((g + 1, Math.Round(depth, 2)));
            lastBoundary = g + 1;
        }
        return result;
    }

    /// <summary>
    /// The cosine similarity of the <see cref="Window"/> paragraphs before each gap with the ones after it. The two
    /// windows slide: each step adds one paragraph to each side and drops one, updating the dot product and the
    /// norms with only that paragraph's terms (instead of merging twelve paragraphs' terms at every gap).
    /// </summary>
    private static double[] Similarities(List<(int Term, int Weight)[]> bags, int terms)
    {
        var gaps = bags.Count - 1;
        var similarity = new double[gaps];
        var left = new long[terms];
        var right = new long[terms];
        long dot = 0, leftNorm = 0, rightNorm = 0;

        void Change(long[] side, long[] other, ref long norm, (int Term, int Weight)[] bag, int sign)
        {
            foreach (var (term, weight) in bag)
            {
                var before = side[term];
                var after = before + sign * weight;
                side[term] = after;
                norm += after * after - before * before;
                dot += (after - before) * other[term];
            }
        }

        Change(left, right, ref leftNorm, bags[0], +1);
        for (var p = 1; p <= Math.Min(gaps, Window); p++) Change(right, left, ref rightNorm, bags[p], +1);
        for (var g = 0; g < gaps; g++)
        {
            if (g > 0)
            {
                Change(left, right, ref leftNorm, bags[g], +1);
                if (g - Window >= 0) Change(left, right, ref leftNorm, bags[g - Window], -1);
                Change(right, left, ref rightNorm, bags[g], -1);
                if (g + Window < bags.Count) Change(right, left, ref rightNorm, bags[g + Window], +1);
            }
            similarity[g] = leftNorm == 0 || rightNorm == 0 ? 0 : dot / Math.Sqrt((double)leftNorm * rightNorm);
        }
        return similarity;
    }

    private static double Peak(double[] values, int from, int step)
    {
        var peak = values[from];
        for (var i = from + step; i >= 0 && i < values.Length && values[i] >= peak; i += step) peak = values[i];
        return peak;
    }

    /// <summary>A paragraph's content words (lower case, a plural "s" dropped) with their weights, as term ids.</summary>
    /// <param name="terms">Each term's hash → its id. Words are hashed, not stored: no string per word.</param>
    private static (int Term, int Weight)[] Terms(string paragraph, Dictionary<ulong, int> terms, Dictionary<int, int> weights)
    {
        weights.Clear();
        Span<char> lower = stackalloc char[64];
        var sentenceStart = true;
        foreach (var range in paragraph.AsSpan().Split(' '))
        {
            var token = paragraph.AsSpan(range);
            if (token.IsEmpty) continue;
            var wasSentenceStart = sentenceStart;
            sentenceStart = token[^1] is '.' or '?' or '!' or '“' || token[0] == '“';
            if (token.Length < 4) continue;   // trimming only shortens it
            var raw = token.Trim(TokenTrim);
            if (raw.Length < 4 || !char.IsLetter(raw[0])) continue;
            var isName = !wasSentenceStart && char.IsUpper(raw[0]);
            var word = raw.Length <= lower.Length ? lower[..raw.ToLowerInvariant(lower)] : raw.ToString().ToLowerInvariant().AsSpan();
            var key = Hash(word);
            if (word.Length <= LongestStopWord && StopWordHashes.Contains(key)) continue;
            if (word[^1] == 's' && word.Length > 4) key = Hash(word[..^1]);
            if (!terms.TryGetValue(key, out var id)) terms[key] = id = terms.Count;
            weights[id] = weights.GetValueOrDefault(id) + (isName ? NameWeight : 1);
        }
        var bag = new (int, int)[weights.Count];
        var n = 0;
        foreach (var (id, weight) in weights) bag[n++] = (id, weight);
        return bag;
    }

    private static ulong Hash(ReadOnlySpan<char> word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

    private static readonly HashSet<ulong> StopWordHashes = [.. StopWords.Select(w => Hash(w))];

    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    // Reused by every call on a thread (cleared, not reallocated): a corpus has one call per article.
    [ThreadStatic] private static Dictionary<ulong, int>? _terms;
    [ThreadStatic] private static Dictionary<int, int>? _weights;
}
