namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// Rule-based sentence boundaries after the Pragmatic Segmenter's rules, as spans of the text (never rewritten):
/// <list type="bullet">
/// <item>a sentence ends at . ! ? … (or a full-width stop) with any closing quotes or brackets, before a sentence start;</item>
/// <item>text inside quotation marks and brackets is never split, except where a quotation ends a sentence ("… win." Then);</item>
/// <item>after an abbreviation what follows decides: a title (Mr., Gen.) never ends a sentence, a number abbreviation
/// (No., p., Rs.) does not before a number, "U.S." does before a word that starts sentences, "p.m." before a capital,
/// others (Co., Ltd.) before a capital;</item>
/// <item>list items ("1. First", "a) first", "b.) second") start sentences, and their markers do not end one;</item>
/// <item>footnote marks after a sentence ("martyr.[1]", "cold.11 12") stay with it.</item>
/// </list>
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…．。！？");

    /// <summary>Titles before a name: never the end of a sentence.</summary>
    private static readonly HashSet<string> Prepositive = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mssrs", "Messrs", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Gov", "Sen", "Rep",
        "Rev", "Hon", "Pres", "Mt", "Adm", "Brig", "Cpl", "Maj", "Supt", "Insp", "Mme", "Mlle", "Hr", "Fr", "Sra", "Sr", "Jr", "Dipl",
    };

    /// <summary>Abbreviations before a number ("No. 5", "p. 55", "Rs. 16720"): no sentence ends there.</summary>
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Nr", "p", "pp", "Art", "Fig", "Figs", "Vol", "Vols", "Ch", "Chap", "Sec", "Sect", "Para", "Rs", "Ref", "Op",
        "ca", "approx", "Tel", "Ext", "vs", "v", "Ed", "Eds", "Nº", "N°", "Abs", "Bd", "Kap", "Tab", "Abb", "Hnr",
    };

    /// <summary>Other abbreviations: a sentence ends after them only before a capital letter.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "al", "cf", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Ave", "Blvd", "Dept", "Univ", "Est", "Bros", "Assn", "Ass", "Govt", "Mfg", "viz", "dept", "approx", "bzw", "usw",
        "ggf", "evtl", "inkl", "ca", "vgl", "z.B", "d.h", "u.a",
    };

    /// <summary>Abbreviations written with inner dots that never end a sentence ("e.g.", "i.e.").</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase) { "e.g", "i.e", "cf", "viz", "z.B", "d.h", "u.a" };

    /// <summary>Words that, after a dotted acronym such as "U.S.", show that a new sentence began (the Pragmatic Segmenter's list).</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "A", "Being", "Did", "For", "He", "How", "However", "I", "In", "It", "Millions", "More", "She", "That", "The", "There", "They",
        "We", "What", "When", "Where", "Who", "Why", "This", "These", "Those", "But", "And", "On", "At", "Meanwhile", "His", "Her",
        "Their", "Its", "An", "As", "After", "If", "Many", "Some", "Most", "Officials", "Police",
    };

    /// <summary>Character ranges <c>[start, end)</c> of the sentences of <paramref name="text"/>, trimmed.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        if (text.Length == 0) return result;
        // A lone carriage return (old Mac line ends) breaks a line as a line feed does: each piece is split on its own.
        if (text.Contains('\r'))
        {
            var piece = 0;
            for (var k = 0; k <= text.Length; k++)
            {
                if (k < text.Length && !(text[k] == '\r' && (k + 1 == text.Length || text[k + 1] != '\n'))) continue;
                if (k > piece)
                    foreach (var (s, e) in Split(text[piece..k].Replace('\r', ' '))) result.Add((piece + s, piece + e));
                piece = k + 1;
            }
            if (piece > 0) return result;
            result.Clear();
        }
        var regions = QuotedRegions.Find(text);
        var listStarts = ListItems.Starts(text);
        var start = 0;
        var i = 0;
        var nextList = 0;
        while (i < text.Length)
        {
            var found = text.AsSpan(i).IndexOfAny(Terminators);
            // A quotation broken off with a dash ("sir--" The Rabbit …) ends like one ending with a stop.
            var dash = text.IndexOf("--", i, found < 0 ? text.Length - i : found, StringComparison.Ordinal);
            if (dash >= 0 && dash + 2 < text.Length && text[dash + 2] is '"' or '”' && regions.EndsAt(dash + 2)) found = dash + 1 - i;
            var candidate = found < 0 ? text.Length : i + found;
            // A list item that starts before the next terminator starts a sentence.
            while (nextList < listStarts.Count && listStarts[nextList].Start < candidate)
            {
                var item = listStarts[nextList++];
                if (item.Start > start && !regions.Inside(item.Start)) Add(result, text, ref start, item.Start);
                if (item.MarkerEnd > i) i = item.MarkerEnd;   // the marker's own stop is no sentence end
            }
            if (found < 0 || candidate < i) { if (found < 0) break; continue; }
            i = candidate;
            if (Leader(text, i) is { } leaderEnd)
            {
                // A table of contents' dot leader and page number ("About Me.......5") end the entry and belong to no sentence.
                Add(result, text, ref start, text[i] == '.' ? i : i + 1);
                start = i = leaderEnd;
                continue;
            }
            var end = i + 1;
            while (end < text.Length && Terminators.Contains(text[end])) end++;
            var closesRegion = false;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '」' or '』' or '）')
            {
                if (regions.EndsAt(end)) closesRegion = true;
                end++;
            }
            end = AfterFootnote(text, end);
            // Inside quotation marks or brackets only the end of the outermost one can end a sentence.
            if (regions.Inside(i) && (!closesRegion || regions.Inside(end - 1)))
            {
                i = end;
                continue;
            }
            if (closesRegion ? EndsWithQuotation(text, end) : IsBoundary(text, i, end))
            {
                Add(result, text, ref start, end);
            }
            i = end;
        }
        var rest = start;
        Add(result, text, ref rest, text.Length);
        return result;
    }

    /// <summary>
    /// After a quotation or bracket that ends with a stop: a new sentence begins only with a capital ("… win.” Then"), or
    /// with a bracketed aside between two quotations ("… think!" (Dinah was the cat.) "I hope …").
    /// </summary>
    private static bool EndsWithQuotation(string text, int end)
    {
        if (end >= text.Length || !char.IsWhiteSpace(text[end])) return false;
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return false;
        if (char.IsUpper(text[next])) return true;
        // A footnote mark between the quotation and the next sentence ("… terror.” [7] The report"): look past it.
        var pastMark = AfterLeadingFootnote(text, next, text.Length);
        while (pastMark > next && pastMark < text.Length && char.IsWhiteSpace(text[pastMark])) pastMark++;
        if (pastMark > next && pastMark < text.Length && char.IsUpper(text[pastMark])) return true;
        if (text[next] == '(' && text[end - 1] is '"' or '”' or ')')
        {
            var close = text.IndexOf(')', next);
            var after = close + 1;
            while (close > 0 && after < text.Length && char.IsWhiteSpace(text[after])) after++;
            return close > 0 && after < text.Length && text[after] is '"' or '“';
        }
        return text[end - 1] == ')' && text[next] is '"' or '“';
    }

    /// <summary>Footnote marks right after a sentence's stop ("martyr.[1][2]", "consultation.11 12") belong to it.</summary>
    private static int AfterFootnote(string text, int end)
    {
        var at = end;
        while (at < text.Length && text[at] == '[')
        {
            var close = text.IndexOf(']', at);
            if (close < 0 || close - at > 6 || close == at + 1 || text.AsSpan(at + 1, close - at - 1).ContainsAnyExceptInRange('0', '9')) break;
            at = close + 1;
        }
        if (at > end) return at;
        // A point between digits is a decimal point ("YIELD 13.01 PCT"), not a stop with a footnote number after it.
        if (end >= 2 && text[end - 1] == '.' && char.IsAsciiDigit(text[end - 2])) return end;
        // Bare numbers glued to the stop: ".10 This", ".11 12 Take" (at most three digits each, so no year or amount).
        var k = end;
        var sawNumber = false;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            var digits = k;
            while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
            if (k - digits > 3) return end;
            sawNumber = true;
            var next = k;
            while (next < text.Length && text[next] == ' ') next++;
            if (next < text.Length && char.IsAsciiDigit(text[next]) && next > k) { k = next; continue; }
            break;
        }
        if (!sawNumber) return end;
        var after = k;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return after < text.Length && char.IsUpper(text[after]) && after > k ? k : end;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        // Full-width stops end a sentence with or without a space after them (CJK text has none).
        if (text[mark] is '。' or '！' or '？' or '．') return true;
        if (end >= text.Length) return false;
        if (!char.IsWhiteSpace(text[end])) return false;
        var next = end;
        // White space, and line breaks a scrape left as escapes ("\r\n").
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] == '\\' && next + 1 < text.Length && text[next + 1] is 'r' or 'n'))
            next += char.IsWhiteSpace(text[next]) ? 1 : 2;
        if (next >= text.Length) return false;
        var n = text[next];
        var startsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '`' or '(' or '[' or '«' or '—' or '–' or '¿' or '¡'
            || n == '-' && next + 1 < text.Length && text[next + 1] == ' '
            || char.IsLetter(n) && !char.IsLower(n);   // scripts without case
        // A stop right after a word, before a spaced ellipsis (". . . The practice"), ends the sentence the ellipsis does not.
        var spacedEllipsisNext = n == '.' && next + 2 < text.Length && text[next + 1] == ' ' && text[next + 2] == '.'
                                 && text.AsSpan(next).IndexOfAnyExcept(" .") is var rest and >= 0 && char.IsLetter(text[next + rest]);
        if (!startsSentence && !(spacedEllipsisNext && mark > 0 && char.IsLetter(text[mark - 1]))) return false;
        // The last dot of a spaced ellipsis (". . .") ends a sentence only before a capital ("a period . . . Next"), not before "I".
        if (text[mark] == '.' && mark >= 2 && text[mark - 1] == ' ' && text[mark - 2] == '.')
        {
            // An ellipsis that follows a finished sentence ("compounds. . . . The") opens the next one instead.
            var first = mark;
            while (first >= 2 && text[first - 1] == ' ' && text[first - 2] == '.') first -= 2;
            var afterWord = first >= 2 && text[first - 1] == ' ' && char.IsLetterOrDigit(text[first - 2]);
            return afterWord && char.IsUpper(n) && NextWord(text, next) != "I";
        }
        if (text[mark] != '.' || end - mark > 1 && text[mark + 1] == '.') return true;

        var word = WordBefore(text, mark);
        if (word.Length == 0) return true;
        var nextWord = NextWord(text, next);
        if (word.Contains('.') && word.Split('.').All(p => p.Length <= 3))          // "U.S.", "e.g.", "p.m." (not "content.html")
        {
            if (NeverFinal.Contains(word)) return false;
            if (word is "a.m" or "p.m" or "A.M" or "P.M") return char.IsUpper(n);
            return SentenceStarters.Contains(nextWord);
        }
        if (word.Contains('.')) word = word[(word.LastIndexOf('.') + 1)..];
        if (word.Length == 1)   // "p. 55" and list letters; "Jonas E. Smith" and "Q. What is", but "you and I. Did you"
            return char.IsLower(word[0]) ? !char.IsDigit(n) && char.IsUpper(n) && nextWord.Length > 1 : word == "I" && SentenceStarters.Contains(nextWord);
        if (word is "KG" or "AG") return true;
        if (Prepositive.Contains(word) && char.IsUpper(word[0])) return false;
        if (NumberAbbreviations.Contains(word)) return !char.IsDigit(n) && (char.IsUpper(word[0]) || SentenceStarters.Contains(nextWord));
        // "GmbH & Co. KG": a short all-capitals word after an abbreviation continues a company's name.
        if (Abbreviations.Contains(word)) return char.IsUpper(n) && !char.IsDigit(n) && !(nextWord.Length <= 4 && nextWord.All(char.IsUpper) && nextWord != "I");
        return true;
    }

    private static string WordBefore(string text, int mark)
    {
        var s = mark;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] is '°' or 'º' || text[s - 1] == '.' && s - 1 > 0 && char.IsLetter(text[s - 2]))) s--;
        return text[s..mark];
    }

    private static string NextWord(string text, int start)
    {
        var e = start;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '\'')) e++;
        return text[start..e];
    }

    /// <summary>
    /// A sentence without the white space and the decoration around it: runs of one symbol ("////Header////",
    /// "=== Notes ==="), and escaped line breaks that scrapes leave as text ("\r\n").
    /// </summary>
    private static void Add(List<(int, int)> result, string text, ref int start, int end)
    {
        var s = start;
        var e = end;
        while (true)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            var (s0, e0) = (s, e);
            if (e - s >= 2 && text[s] == '\\' && text[s + 1] is 'r' or 'n' or 't') s += 2;
            if (e - s >= 2 && text[e - 2] == '\\' && text[e - 1] is 'r' or 'n' or 't') e -= 2;
            // A run of three symbols or more ("*****"), or a bullet of two before a space ("++ The BBC …").
            var r = SymbolRun(text, s, e, 1);
            if (r > 2 || r == 2 && s + 2 < e && char.IsWhiteSpace(text[s + 2])) s += r;
            s = AfterLeadingFootnote(text, s, e);
            if (SymbolRun(text, e - 1, s - 1, -1) is var q and > 2) e -= q;
            if ((s, e) == (s0, e0)) break;
        }
        if (e > s && text.AsSpan(s, e - s).ContainsAnyExcept(" .!?…\t")) result.Add((s, e));
        start = end;
    }

    /// <summary>
    /// A footnote mark opening a sentence ("[4] Former New York mayor …", a reference list's or a quoted note's number)
    /// is no part of what the sentence says: the sentence starts after it.
    /// </summary>
    private static int AfterLeadingFootnote(string text, int s, int e)
    {
        if (e - s < 4 || text[s] != '[') return s;
        var close = text.IndexOf(']', s, Math.Min(6, e - s));
        if (close <= s + 1 || text.AsSpan(s + 1, close - s - 1).ContainsAnyExceptInRange('0', '9')) return s;
        return close + 1 < e && char.IsWhiteSpace(text[close + 1]) ? close + 1 : s;
    }

    /// <summary>How many times the symbol at <paramref name="from"/> repeats, going in <paramref name="step"/>'s direction.</summary>
    private static int SymbolRun(string text, int from, int stop, int step)
    {
        if (from == stop || from < 0 || from >= text.Length || text[from] is not ('/' or '\\' or '*' or '=' or '_' or '-' or '~' or '#' or '+' or '|' or '<' or '>')) return 0;
        var n = 0;
        for (var k = from; k != stop && text[k] == text[from]; k += step) n++;
        return n;
    }

    /// <summary>
    /// If a dot leader starts at <paramref name="at"/> (four dots or more, then a page number or range at the end of the
    /// entry), where the entry ends; else null.
    /// </summary>
    private static int? Leader(string text, int at)
    {
        var k = at;
        if (text[k] is '?' or '!') k++;
        var dots = k;
        while (k < text.Length && text[k] == '.') k++;
        if (k - dots < 4) return null;
        while (k < text.Length && text[k] == ' ') k++;
        var digits = k;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] == '-' && k > digits)) k++;
        if (k == digits) return null;
        return k == text.Length || char.IsWhiteSpace(text[k]) ? k : null;
    }
}
