using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Whether two alike sentences are about different subjects or different times, and so state different facts however
/// alike their words — the figures of such sentences never conflict:
/// <list type="bullet">
/// <item>cut from one template about different subjects: each has a name the other lacks, not counting who says it
/// ("Synergen Inc said it has filed for an offering of 1,500,000 common shares" / "MarkitStar Inc said it has filed for
/// an offering of 1,700,000 common shares"; "The Kestrel Bank Ltd is issuing a 40 mln dlr convertible eurobond … with
/// an indicated 3-1/4 pct coupon" / "The Ostrava Bank Ltd is issuing a 70 mln dlr convertible eurobond … paying an
/// indicated 3-1/4 pct"; "Norway's barley crop" / "the Finnish barley crop");</item>
/// <item>dated differently: each names a month, weekday or year the other does not ("… rose in March" / "… rose in
/// February", "last Saturday" / "last Monday"). Reports of one event give it one date.</item>
/// </list>
/// Two reports of one event differ in other words, or add a name or a date on one side only, or name different
/// people saying it: "about 850 residents of Shkoza" / "about 600 residents of Shkoza, police said" / "…, Mayor Veliaj
/// said". A dateline is left out: reports of one event are filed on different days.
/// </summary>
internal static class StatementScope
{
    /// <param name="a">One sentence.</param>
    /// <param name="b">The other.</param>
    /// <param name="speakers">Words of the names of who says either sentence: naming another speaker is no other subject.</param>
    public static bool Differs(string a, string b, IReadOnlySet<string>? speakers = null)
    {
        var (wordsA, wordsB) = (Words(a), Words(b));
        var onlyA = Without(wordsA, wordsB);
        var onlyB = Without(wordsB, wordsA);
        if (onlyA.Count == 0 || onlyB.Count == 0) return false;
        if (onlyA.Any(IsTime) && onlyB.Any(IsTime)) return true;
        if (onlyA.Concat(onlyB).All(IsName)) return true;
        // A sentence's first word is capitalised whatever it is ("About 850 …" / "Some 600 …"): no name by that alone,
        // unless a capitalised word follows it ("Sharp Corp is issuing …").
        var (firstA, firstB) = (OpeningWord(wordsA), OpeningWord(wordsB));
        bool Subject(string w) => IsName(w) && !IsTime(w) && w != firstA && w != firstB && speakers?.Contains(w) != true;
        return onlyA.Any(Subject) && onlyB.Any(Subject);
    }

    /// <summary>The first word, when only its place at the start of the sentence capitalises it; else null.</summary>
    private static string? OpeningWord(List<string> words) =>
        words.Count == 0 || words.Count > 1 && char.IsUpper(words[1][0]) ? null : words[0];

    /// <summary>A capitalised word that is not one of the function words a sentence opens with ("The", "Its").</summary>
    private static bool IsName(string word) => char.IsUpper(word[0]) && !SentenceOpeners.Contains(word);

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "Their", "He", "She", "They", "We", "In", "On", "At",
        "But", "And", "For", "As", "By", "With", "From", "After", "Before", "Under", "Last", "Next",
    };

    /// <summary>A month (the SDK's month table) or a weekday written with a capital, or a year: "may" is no month.</summary>
    private static bool IsTime(string word) =>
        char.IsUpper(word[0]) && (DateExpressions.MonthOf(word) > 0 || Weekdays.Contains(word)) || IsYear(word);

    private static bool IsYear(string word) => word.Length == 4 && int.TryParse(word, out var year) && year is >= 1900 and <= 2100;

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>The words after the dateline, figures left out but years kept (as words of their own, never names).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        for (var i = Datelines.Length(text); i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))) end++;
            var word = text[i..end];
            if (!word.Any(char.IsDigit) || IsYear(word)) words.Add(word);
            i = end;
        }
        return words;
    }

    /// <summary>The words of <paramref name="these"/> left when each word of <paramref name="others"/> takes one equal word away.</summary>
    private static List<string> Without(List<string> these, List<string> others)
    {
        var left = others.CountBy(w => w, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var w in these)
            if (left.TryGetValue(w, out var n) && n > 0) left[w] = n - 1;
            else rest.Add(w);
        return rest;
    }
}
