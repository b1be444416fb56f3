namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// Rule-based sentence boundaries in the spirit of the Pragmatic Segmenter's golden rules: a sentence
/// ends at . ! ? or … (with any closing quotes or brackets) followed by space and a sentence start,
/// except after abbreviations (Mr., U.S., e.g.), initials and inside numbers ($40,000, 3.5).
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Gov", "Sen",
        "Rep", "Rev", "Hon", "Pres", "Mt", "No", "Nos", "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "Inc", "Ltd",
        "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "Vol",
        "pp", "p", "Ph.D", "a.m", "p.m", "Ave", "Blvd", "Dept", "Univ", "Est", "ca",
    };

    /// <summary>Words that, after a dotted acronym such as "U.S.", show that a new sentence began.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On",
        "At", "However", "Meanwhile", "There", "His", "Her", "Their", "Its", "A", "An", "As", "After", "When",
    };

    /// <summary>Character ranges <c>[start, end)</c> of the sentences of <paramref name="text"/>, trimmed.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Jump straight to the next candidate end (vectorised); most characters are not one.
            var next = text.AsSpan(i).IndexOfAny(Terminators);
            if (next < 0) break;
            i += next;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…') end++;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»') end++;
            if (end >= text.Length) break;
            if (!char.IsWhiteSpace(text[end]) || !IsBoundary(text, i, end))
            {
                i = end;
                continue;
            }
            Add(result, text, start, end);
            start = end;
            i = end;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return true;
        var n = text[next];
        var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–';
        if (!startsSentence) return false;
        if (text[mark] != '.' || end - mark > 1 && text[mark + 1] == '.') return true;

        var word = WordBefore(text, mark);
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false;          // an initial: "J. Smith"
        if (word.Contains('.'))                                              // "U.S.", "e.g."
            return Abbreviations.Contains(word) ? false : SentenceStarters.Contains(NextWord(text, next));
        if (word is "No" or "Nos" or "p" or "pp")                           // "No. 5", "p. 55" but "… said no. The"
            return !char.IsDigit(n);
        if (Abbreviations.Contains(word))
            return word is "etc" && SentenceStarters.Contains(NextWord(text, next));
        return true;
    }

    private static string WordBefore(string text, int mark)
    {
        var s = mark;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return text[s..mark];
    }

    private static string NextWord(string text, int start)
    {
        var e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text[start..e];
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end));
    }
}
