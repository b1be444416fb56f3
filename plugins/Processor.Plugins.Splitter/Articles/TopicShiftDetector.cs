using Processor.Plugins.Splitter.Lines;

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

    /// <summary>Indexes (into <paramref name="paragraphs"/>) of paragraphs that start a new article, with their depth score.</summary>
    public List<(int Index, double Depth)> Find(IReadOnlyList<string> paragraphs)
    {
        var result = new List<(int, double)>();
        if (paragraphs.Count < 2 * MinParagraphs) return result;
        var bags = paragraphs.Select(Terms).ToList();
        var gaps = paragraphs.Count - 1;
        var similarity = new double[gaps];
        for (var g = 0; g < gaps; g++)
        {
            var left = Merge(bags, Math.Max(0, g - Window + 1), g);
            var right = Merge(bags, g + 1, Math.Min(paragraphs.Count - 1, g + Window));
            similarity[g] = Cosine(left, right);
        }

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

    private static double Peak(double[] values, int from, int step)
    {
        var peak = values[from];
        for (var i = from + step; i >= 0 && i < values.Length && values[i] >= peak; i += step) peak = values[i];
        return peak;
    }

    private static Dictionary<string, int> Terms(string paragraph)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentenceStart = true;
        foreach (var token in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var raw = token.Trim(',', '.', ';', ':', '!', '?', '"', '“', '”', '(', ')', '‘', '’', '\'', '–', '—', '/');
            var isName = !sentenceStart && raw.Length > 1 && char.IsUpper(raw[0]);
            sentenceStart = token.EndsWith('.') || token.EndsWith('?') || token.EndsWith('!') || token.EndsWith('“') || token.StartsWith('“');
            if (raw.Length < 4 || !char.IsLetter(raw[0])) continue;
            var word = raw.ToLowerInvariant();
            if (StopWords.Contains(word)) continue;
            if (word.EndsWith('s') && word.Length > 4) word = word[..^1];
            terms[word] = terms.GetValueOrDefault(word) + (isName ? NameWeight : 1);
        }
        return terms;
    }

    private static Dictionary<string, int> Merge(List<Dictionary<string, int>> bags, int from, int to)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = from; i <= to; i++)
            foreach (var (term, count) in bags[i]) merged[term] = merged.GetValueOrDefault(term) + count;
        return merged;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, count) in a)
        {
            na += count * count;
            if (b.TryGetValue(term, out var other)) dot += count * other;
        }
        foreach (var count in b.Values) nb += count * count;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
