using System.Text.RegularExpressions;

namespace Processor.Abstractions;

/// <summary>
/// The dateline a news story opens with — the place in capitals, perhaps a region, a date and the agency, then a
/// dash: "TEHRAN –", "NEW YORK, March 12 - ", "ROLLING MEADOWS, Ill., March 26 - ", "RIO DE JANEIRO, March 13 - ",
/// "WASHINGTON (Reuters) - ". It places the story; it is not a name in the sentence (a speaker, a publisher) and it
/// marks where a story starts.
/// </summary>
public static partial class Datelines
{
    /// <summary>The length of the dateline opening <paramref name="text"/> (with the dash and the space after it); 0 when there is none.</summary>
    public static int Length(string text)
    {
        if (text.Length < 5 || !char.IsUpper(text[0])) return 0;
        // Every dateline ends in a dash near the start: most sentences have none there, and the pattern is not tried.
        if (text.AsSpan(0, Math.Min(text.Length, 160)).IndexOfAny("-–—") < 0) return 0;
        var m = Pattern().Match(text);
        if (!m.Success) return 0;
        // "NOTE - Final div deferred …", "UPDATE - …": a label in capitals, not a place.
        var first = text.AsSpan(0, text.AsSpan().IndexOfAny(" ,(-–—") is var end and > 0 ? end : text.Length);
        return Labels.Contains(first) ? 0 : m.Length;
    }

    /// <summary>
    /// The month and day the dateline opening <paramref name="text"/> gives ("NEW YORK, March 12 - " → 3, 12), or null
    /// when there is no dateline or it has no date. Wire datelines give no year.
    /// </summary>
    public static (int Month, int Day)? Date(string text)
    {
        var length = Length(text);
        if (length == 0) return null;
        var m = DatePattern().Match(text, 0, length);
        if (!m.Success) return null;
        var month = DateExpressions.MonthOf(m.Groups["month"].ValueSpan);
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month > 0 && day is >= 1 and <= 31 ? (month, day) : null;
    }

    [GeneratedRegex(@"(?<month>\p{L}{3,9})\.?\s+(?<day>\d{1,2})\b|(?<day>\d{1,2})\s+(?<month>\p{L}{3,9})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = new HashSet<string>(
        ["NOTE", "NOTES", "UPDATE", "UPDATED", "CORRECTION", "CORRECTED", "REFILE", "EDITORS", "ADVISORY", "BREAKING", "FLASH",
         "URGENT", "ANALYSIS", "COMMENT", "FEATURE", "PREVIEW", "REVIEW", "FACTBOX", "WRAPUP", "RPT", "REPEAT"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The place in capitals (words of two or more capitals after the first: "RIO DE JANEIRO"), a region ("Ill.",
    /// "Iran") and a date — or a place in title case with a date; an agency in brackets; a dash and a space.
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*" +
                    @"(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=\s*[,(–—-]))?" +
                    @"(?:,?\s*" + DatePart + @")?" +
                    // A place in title case ("New York, March 12 - ") only with a date: "Smith - " is no dateline.
                    @"|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s*" + DatePart + @")" +
                    @"\s*(?:\([^)]{1,40}\))?\s*[–—-]{1,2}\s", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>"March 12", "MARCH 3", "march 4", "Oct. 19", "12 March", "March 12, 1987".</summary>
    private const string DatePart = @"(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})(?:,?\s+\d{4})?";
}
