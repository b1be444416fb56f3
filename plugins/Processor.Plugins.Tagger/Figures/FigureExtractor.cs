using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Figures;

/// <summary>
/// Numbers with what they count: "around 2,400 members", "over 12,000 Iranians", "$40,000", "12k",
/// "more than 20 national MPs", "40 years", "37%". Years standing alone, phone numbers and list numbers are not figures.
/// Each figure says what kind of measure it is (<c>measure</c>: count, money, duration, percent, amount — a unit of
/// measure such as tonnes or barrels, which says how much but not of what), the words that
/// narrow what it counts (<c>modifiers</c>: "40 destitute former members" counts former members, not members) and
/// whether the sentence only supposes it (<c>hypothetical</c>: "Suppose each … was given $30,000"; a definite "the
/// 3,500 members" in such a sentence is presupposed, not supposed).
/// </summary>
internal sealed partial class FigureExtractor(IEnumerable<string> extraNouns)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "by", "for", "from", "with", "that", "which", "who",
        "is", "are", "was", "were", "has", "have", "had", "be", "been", "as", "than", "per", "its", "their", "his", "her",
        // Comparisons: "Net profit 12.4 mln vs 9.8 mln" counts no "vs" (30 MB of newswire lined up unrelated results on it).
        "vs", "versus", "against",
    };

    private static readonly Dictionary<string, string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["around"] = "approx", ["about"] = "approx", ["some"] = "approx", ["roughly"] = "approx", ["approximately"] = "approx",
        ["nearly"] = "at-most", ["almost"] = "at-most", ["up to"] = "at-most", ["less than"] = "at-most", ["fewer than"] = "at-most",
        ["under"] = "at-most", ["over"] = "at-least", ["more than"] = "at-least", ["at least"] = "at-least",
        ["as many as"] = "at-least", ["upwards of"] = "at-least", ["tens of"] = "approx", ["estimated"] = "approx",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _extraNounLookup =
        new HashSet<string>(extraNouns, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<Tag> Extract(string text)
    {
        List<Tag>? found = null;
        // The number is found first (its pattern starts at a digit or '$', which a vectorised search finds);
        // then its qualifier is looked for just before it. One pattern with the optional qualifier in front
        // made the regex engine try a match at nearly every letter of every sentence.
        // The matches are read as positions (no Match or Group objects): this runs on every sentence of the corpus.
        foreach (var n in NumberPattern().EnumerateMatches(text))
        {
            var currency = text[n.Index] == '$';
            var numberStart = currency ? n.Index + 1 : n.Index;
            var numberEnd = numberStart;
            while (numberEnd < n.Index + n.Length && (char.IsAsciiDigit(text[numberEnd]) || text[numberEnd] is ',' or '.')) numberEnd++;
            var number = text.AsSpan(numberStart, numberEnd - numberStart);
            var multiplier = text.AsSpan(numberEnd, n.Index + n.Length - numberEnd).Trim();

            var window = Math.Max(0, n.Index - MaxQualifierLength);
            var q = window < n.Index ? QualifierPattern().Match(text, window, n.Index - window) : Match.Empty;
            // The look-behind cannot see before the window: "thereabout 5" must not read as "about 5".
            if (q.Success && q.Index > 0 && q.Index == window && char.IsLetterOrDigit(text[q.Index - 1])) q = Match.Empty;
            var qualifierGroup = q.Success ? q.Groups["qual"] : null;
            var m = (Index: qualifierGroup?.Index ?? n.Index, Length: n.Index + n.Length - (qualifierGroup?.Index ?? n.Index));
            // The pattern allows no sign, exponent or other separators, so thousands separators are the only commas.
            if (!double.TryParse(number, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)) continue;
            if (IsPartOfLargerToken(text, numberStart, number.Length)) continue;
            // "a July 1 deadline", "the April 30 deadline", "on 30 April": a day of a month is a date, not a count.
            if (!currency && IsDayOfMonth(text, numberStart, number.Length)) continue;
            // Wire style too: "370 mln dlrs", "1.2 bln stg".
            value *= MultiplierOf(multiplier);

            var end = m.Index + m.Length;
            var percent = end < text.Length && text[end] == '%';
            var looksLikeYear = !currency && multiplier.IsEmpty && !number.Contains(',') && value is >= 1800 and <= 2100 && !q.Success;
            // "1979 revolution", "in 1988": a bare year is a date, not a count, unless qualified ("about 1900 people").
            if (looksLikeYear) continue;
            var (noun, modifiers) = currency ? ("usd", "") : percent ? ("percent", "") : CountedNoun(text, end) is { } counted ? counted : (NumberOf(text, m.Index), "");
            if (noun is null) continue;

            var qualifier = qualifierGroup is null ? "exact" : Qualifiers[Regex.Replace(qualifierGroup.Value.ToLowerInvariant(), @"\s+", " ")];
            // The attributes are built in one go: a tag grown one attribute at a time makes a tag and a tree per attribute.
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            attributes[TagKeys.Text] = text.AsSpan(m.Index, m.Length + (percent ? 1 : 0)).Trim().ToString();
            attributes[TagKeys.Counts] = noun;
            attributes[TagKeys.Qualifier] = qualifier;
            attributes[TagKeys.Unit] = currency ? "USD" : "count";
            attributes[TagKeys.Measure] = currency ? "money" : Measure(noun);
            if (modifiers.Length > 0) attributes[TagKeys.Modifiers] = modifiers;
            if (IsSupposed(text, m.Index)) attributes[TagKeys.Hypothetical] = "true";
            (found ??= []).Add(new Tag(TagKinds.Figure, value.ToString("0.##", CultureInfo.InvariantCulture)) { Attributes = attributes.ToImmutable() });
        }
        return found ?? (IReadOnlyList<Tag>)[];
    }

    /// <summary>What a multiplier word after a number multiplies it by ("370 mln", "12k", "1.2 bln").</summary>
    private static double MultiplierOf(ReadOnlySpan<char> multiplier) =>
        multiplier.Equals("k", StringComparison.OrdinalIgnoreCase) || multiplier.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1e3
        : multiplier.Equals("million", StringComparison.OrdinalIgnoreCase) || multiplier.Equals("mln", StringComparison.OrdinalIgnoreCase) ? 1e6
        : multiplier.Equals("billion", StringComparison.OrdinalIgnoreCase) || multiplier.Equals("bln", StringComparison.OrdinalIgnoreCase)
            || multiplier.Equals("bn", StringComparison.OrdinalIgnoreCase) ? 1e9
        : multiplier.Equals("trillion", StringComparison.OrdinalIgnoreCase) ? 1e12
        : 1;

    private static string Measure(string noun) => noun switch
    {
        "year" or "month" or "week" or "day" or "decade" or "hour" or "minute" or "century" => "duration",
        "percent" or "per cent" or "percentage" or "pct" => "percent",
        "dollar" or "euro" or "pound" or "yen" or "yuan" or "rupee" or "rial" or "ruble" or "rouble" or "lira" or "franc" or "lek"
            // wire abbreviations: "dlrs", "stg" (sterling), "cts", "marks", "guilders", "crowns"
            or "dlr" or "stg" or "sterling" or "cent" or "ct" or "mark" or "guilder" or "crown" or "peso" or "rand" or "won" => "money",
        // Units of measure say how much, not what: "50,000 tonnes of wheat" and "1.23 mln tonnes of sulphur" are not one
        // quantity because both are in tonnes.
        "tonne" or "ton" or "barrel" or "bushel" or "ounce" or "acre" or "hectare" or "litre" or "liter" or "gallon" or "kilogram"
            or "kilo" or "gram" or "mile" or "kilometre" or "kilometer" or "metre" or "meter" or "foot" or "feet" or "point"
            or "basis" or "bag" or "bale" or "carat" or "cubic" or "megawatt" or "kilowatt" or "lb" or "bpd" => "amount",
        _ => "count",
    };

    /// <summary>
    /// A figure the sentence only supposes: the sentence opens a supposition ("Suppose", "Imagine", "Assuming", "Let's
    /// say", "hypothetically") and the figure is no definite reference ("the 3,500 members who came" exist).
    /// </summary>
    private static bool IsSupposed(string text, int figureStart)
    {
        if (SuppositionAt(text) is var at && (at < 0 || at > figureStart)) return false;
        var before = text.AsSpan(0, figureStart).TrimEnd();
        return !(before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" these", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" those", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where the sentence says it only supposes: an opening "Suppose", "Imagine", "Assuming", "Let's say", or the word
    /// "hypothetical(ly)" anywhere; -1 when it does not. The word is found with a vectorised search, not a pattern
    /// tried at every character (every figure of every sentence asks).
    /// </summary>
    private static int SuppositionAt(string text)
    {
        if (SuppositionPattern().Match(text) is { Success: true } opening) return opening.Index;
        const string word = "hypothetical";
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if (text.AsSpan(end).StartsWith("ly", StringComparison.OrdinalIgnoreCase)) end += 2;
            if ((at == 0 || !IsWordCharacter(text[at - 1])) && (end == text.Length || !IsWordCharacter(text[end]))) return at;
        }
        return -1;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The counted noun: among the words right after the number (up to a function word), the first plural
    /// or known count noun, else the last ("2,400 MEK members" → member, "20 national MPs" → mp); and the words
    /// before it ("national"), lower case, which narrow what is counted.
    /// </summary>
    private (string Noun, string Modifiers)? CountedNoun(string text, int from)
    {
        if (from >= text.Length || !char.IsWhiteSpace(text[from])) return null;
        var rest = text.AsSpan(from).TrimStart();
        if (rest.IsEmpty || !char.IsLetter(rest[0])) return null;   // "+98 21 1234 5678": digits follow, not a noun
        // Up to three words, as ranges of the text (strings are made only for the noun and its modifiers).
        Span<Range> run = stackalloc Range[3];
        var count = 0;
        var skippedOf = false;
        var lastEnd = from;   // where the previous word of the run (or the number) ends
        foreach (var w in WordPattern().EnumerateMatches(text, from))
        {
            var word = text.AsSpan(w.Index, w.Length);
            // "2,000 of its members": the noun follows "of" and a determiner.
            if (count == 0 && !skippedOf && word is "of")
            {
                skippedOf = true;
                lastEnd = w.Index + w.Length;
                continue;
            }
            if (count == 0 && skippedOf && word is "its" or "their" or "the" or "his" or "her" or "our" or "whom" or "which")
            {
                lastEnd = w.Index + w.Length;
                continue;
            }
            if (count == 3 || StopWordLookup.Contains(word)) break;
            // Words must follow each other with only spaces between them.
            if (text.AsSpan(lastEnd, w.Index - lastEnd).Trim().Length > 0) break;
            run[count++] = new Range(w.Index, w.Index + w.Length);
            lastEnd = w.Index + w.Length;
        }
        if (count == 0) return null;
        // A currency or percent right after the number is its unit ("a 42 mln dlr crude oil purchase" is money).
        var first = Singular(text[run[0]].ToLowerInvariant());
        if (Measure(first) is "money" or "percent") return (first, "");
        // A plural is what is counted ("15 EU member states" → state); then a known count noun; else the last word.
        var noun = -1;
        for (var i = 0; i < count && noun < 0; i++)
        {
            var w = text.AsSpan(run[i]);
            if (_extraNounLookup.Contains(w) || (w.Length >= 3 && w.EndsWith('s') && !w.EndsWith("ss"))) noun = i;
        }
        for (var i = 0; i < count && noun < 0; i++)
            if (IsCountNoun(Singular(text[run[i]].ToLowerInvariant()))) noun = i;
        if (noun < 0) noun = count - 1;
        var modifiers = noun switch
        {
            0 => "",
            1 => text[run[0]].ToLowerInvariant(),
            _ => string.Concat(text[run[0]].ToLowerInvariant(), " ", text[run[1]].ToLowerInvariant()),
        };
        return (Singular(text[run[noun]].ToLowerInvariant()), modifiers);
    }

    /// <summary>"the number of MEK members … has dropped to around 2,400": the noun is "member".</summary>
    private static string? NumberOf(string text, int numberStart)
    {
        // Most figures have no "number of" before them: the pattern, unanchored, is tried only where the word is.
        if (!text.AsSpan(0, numberStart).Contains("number", StringComparison.Ordinal)) return null;
        var m = NumberOfPattern().Match(text, 0, numberStart);
        return m.Success ? Singular(m.Groups["noun"].Value.ToLowerInvariant()) : null;
    }

    private static bool IsCountNoun(string noun) => noun is "year" or "member" or "people" or "person" or "iranian" or "time" or "month" or "day";

    private static string Singular(string word) =>
        word.EndsWith("ies") && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("ss") || word.EndsWith("sis") ? word   // "boss", "basis"
        : word.EndsWith('s') && word.Length >= 3 ? word[..^1]
        : word;

    /// <summary>A number of one or two digits right after or right before a month's name (the SDK's month table).</summary>
    private static bool IsDayOfMonth(string text, int index, int length)
    {
        if (length > 2) return false;
        var before = text.AsSpan(0, index).TrimEnd(' ');
        if (DateExpressions.MonthOf(before[(before.LastIndexOf(' ') + 1)..]) > 0) return true;
        var after = text.AsSpan(index + length).TrimStart(' ');
        var next = after.IndexOfAny(' ', ',', '.') is var end and >= 0 ? after[..end] : after;
        return next.Length >= 3 && DateExpressions.MonthOf(next) > 0;
    }

    private static bool IsPartOfLargerToken(string text, int index, int length)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        var after = index + length < text.Length ? text[index + length] : ' ';
        // Phone numbers, dates like 2019-11-16, ids like A-12 and list items "1-".
        // "72,0000": a digit glued to either end makes it another token (a typo, a code), not this number.
        return before is '+' or '-' or '/' or '.' || char.IsLetterOrDigit(before) || char.IsAsciiDigit(after) || after is '-' or '/' || (after == '.' && index + length + 1 < text.Length && char.IsDigit(text[index + length + 1]));
    }

    /// <summary>The longest qualifier ("as many as", "approximately") with the spaces after it.</summary>
    private const int MaxQualifierLength = 24;

    [GeneratedRegex(@"(?<cur>\$)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<mult>k\b|K\b|\s+thousand\b|\s+million\b|\s+mln\b|\s+billion\b|\s+bln\b|\s+bn\b|\s+trillion\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    /// <summary>A qualifier ending right where the number starts (matched on the few characters before it).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<qual>around|about|some|roughly|approximately|nearly|almost|up\s+to|less\s+than|fewer\s+than|under|over|more\s+than|at\s+least|as\s+many\s+as|upwards\s+of|estimated)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierPattern();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\W*(?:suppose|supposing|imagine|assuming|let['’]s\s+say|let\s+us\s+say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuppositionPattern();

    [GeneratedRegex(@"number\s+of\s+(?:\p{Lu}\w*\s+)*(?<noun>[a-z]+)\b[^.]*$")]
    private static partial Regex NumberOfPattern();
}
