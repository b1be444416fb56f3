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

    public static string? Guess(IEnumerable<string> sentences)
    {
        var counts = StopWords.Keys.ToDictionary(k => k, _ => 0);
        int arabicScript = 0, persianLetters = 0, words = 0;
        foreach (var sentence in sentences.Take(60))
        {
            foreach (var c in sentence)
            {
                if (c is >= '\u0600' and <= '\u06FF') arabicScript++;
                if (c is 'پ' or 'چ' or 'ژ' or 'گ' or 'ی') persianLetters++;
            }
            foreach (var raw in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim(',', '.', ';', ':', '!', '?', '"', '“', '”', '(', ')').ToLowerInvariant();
                words++;
                foreach (var (language, list) in StopWords)
                    if (list.Contains(word)) counts[language]++;
            }
        }
        if (arabicScript > words) return persianLetters > 0 ? "fa" : "ar";
        var best = counts.MaxBy(c => c.Value);
        var second = counts.Where(c => c.Key != best.Key).Max(c => c.Value);
        return best.Value >= 3 && best.Value >= 0.05 * words && best.Value > second * 1.5 ? best.Key : null;
    }
}
