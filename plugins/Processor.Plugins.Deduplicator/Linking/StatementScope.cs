using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Linking;

/// <summary>
/// Whether two alike sentences are about different subjects or different times, and so state different facts however
/// alike their words — the figures of such sentences never conflict:
/// <list type="bullet">
/// <item>cut from one template about different subjects: apart from their figures they differ only in names, each
/// having a name the other lacks ("Synergen Inc said it has filed for an offering of 1,500,000 common shares" /
/// "MarkitStar Inc said it has filed for an offering of 1,700,000 common shares");</item>
/// <item>dated differently: each names a month, weekday or year the other does not ("… rose in March" / "… rose in
/// February", "last Saturday" / "last Monday"). Reports of one event give it one date.</item>
/// </list>
/// Two reports of one event differ in other words too, or only add a name or a date: "about 850 residents of Shkoza" /
/// "about 600 residents of Shkoza, police said". A dateline is left out: reports of one event are filed on different days.
/// </summary>
internal static class StatementScope
{
    public static bool Differs(string a, string b)
    {
        var (wordsA, wordsB) = (Words(a), Words(b));
        var onlyA = Without(wordsA, wordsB);
        var onlyB = Without(wordsB, wordsA);
        if (onlyA.Count == 0 || onlyB.Count == 0) return false;
        if (onlyA.Any(IsTime) && onlyB.Any(IsTime)) return true;
        return onlyA.Concat(onlyB).All(IsName);
    }

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
