namespace Processor.Plugins.Tagger.Documents;

/// <summary>
/// The document's language (ISO 639-1) from its most frequent function words, or from its script for
/// Arabic-script text. Cheap and good enough to route or filter documents; null when unsure.
/// </summary>
internal static class LanguageGuesser
{
    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = ["the", "and", "of", "to", "is", "that", "was", "for", "with", "are", "have", "this", "from", "by", "has"],
        ["fr"] = ["le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "sur", "pas", "avec", "du"],
        ["de"] = ["der", "die", "und", "das", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich", "auf", "dem"],
        ["es"] = ["el", "los", "las", "y", "que", "del", "una", "por", "con", "para", "es", "como", "pero", "sus", "más"],
        ["it"] = ["il", "della", "che", "di", "non", "una", "per", "sono", "gli", "nel", "con", "anche", "dei", "alla", "è"],
        ["pt"] = ["o", "os", "que", "não", "uma", "para", "com", "dos", "das", "mais", "como", "foi", "ao", "pela", "são"],
        ["nl"] = ["de", "het", "een", "en", "van", "niet", "dat", "is", "op", "te", "zijn", "voor", "met", "ook", "maar"],
        ["sq"] = ["dhe", "në", "të", "një", "për", "që", "është", "nga", "me", "nuk", "së", "janë", "ka", "por", "u"],
    };

    /// <summary>Each stop word with the languages it belongs to (bit i = <see cref="Languages"/>[i]).</summary>
    private static readonly Dictionary<string, int> LanguagesOf = BuildIndex();

    private static readonly string[] Languages = [.. StopWords.Keys];

    private static readonly char[] WordTrim = [',', '.', ';', ':', '!', '?', '"', '“', '”', '(', ')'];

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = LanguagesOf.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Enough words to tell the languages apart; reading the whole article would cost more than tagging it.</summary>
    private const int MaxWords = 300;

    public static string? Guess(IEnumerable<string> sentences)
    {
        var counts = new int[Languages.Length];
        Span<char> lower = stackalloc char[6];
        int arabicScript = 0, persianLetters = 0, words = 0;
        foreach (var sentence in sentences)
        {
            // Most text has no Arabic-script letter: a vectorised search says so without a loop over every character.
            if (sentence.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') >= 0)
                foreach (var c in sentence)
                {
                    if (c is >= '\u0600' and <= '\u06FF') arabicScript++;
                    if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی') persianLetters++;
                }
            foreach (var range in sentence.AsSpan().Split(' '))
            {
                var raw = sentence.AsSpan(range);
                if (raw.IsEmpty) continue;
                words++;
                var word = raw.Trim(WordTrim);
                if (word.Length is 0 or > 6) continue;
                if (StopWordLookup.TryGetValue(lower[..word.ToLowerInvariant(lower)], out var mask))
                    for (var i = 0; i < Languages.Length; i++)
                        if ((mask & (1 << i)) != 0) counts[i]++;
            }
            if (words >= MaxWords || words >= 60 && arabicScript == 0 && ClearLead(counts)) break;
        }
        if (arabicScript > words) return persianLetters > 0 ? "fa" : "ar";
        var best = Array.IndexOf(counts, counts.Max());
        var second = counts.Where((_, i) => i != best).DefaultIfEmpty(0).Max();
        return counts[best] >= 3 && counts[best] >= 0.05 * words && counts[best] > second * 1.5 ? Languages[best] : null;
    }

    /// <summary>One language's function words far ahead of every other's: reading on would not change the guess.</summary>
    private static bool ClearLead(int[] counts)
    {
        var (best, second) = (0, 0);
        foreach (var c in counts)
            if (c > best) (best, second) = (c, best);
            else if (c > second) second = c;
        return best >= 12 && best >= 4 * second;
    }

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (_, list) in StopWords)
        {
            foreach (var word in list) index[word] = index.GetValueOrDefault(word) | (1 << i);
            i++;
        }
        return index;
    }
}
