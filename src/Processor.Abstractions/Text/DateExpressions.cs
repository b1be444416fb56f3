using System.Globalization;
using System.Text.RegularExpressions;

namespace Processor.Abstractions;

/// <summary>
/// Dates as pages and texts write them, in one place for every plugin: machine forms (ISO 8601, "20190703", RFC 1123,
/// JavaScript's "Tue Aug 25 2020 10:00:00 GMT+0200") and written ones in English, German, French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Turkish and the Scandinavian languages ("25 August 2020", "August 25, 2020",
/// "25. August 2020", "25.08.2020", "2020年8月25日"). A date is the day as written: "2019-07-03T23:30:00-05:00" is
/// 3 July, whatever the day in UTC. Days that do not exist (31 April) are no dates.
/// </summary>
public static partial class DateExpressions
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[][] names =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "déc"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
            ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
            ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
        ];
        foreach (var list in names)
            for (var m = 0; m < 12; m++) months.TryAdd(list[m], m + 1);
        months.TryAdd("sept", 9);
        return months;
    }

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The month a name or abbreviation names, in any case and in any of the languages above ("March", "mar.", "MARCH",
    /// "März"), else 0: one month table for every plugin that has to tell a date from a number.
    /// </summary>
    public static int MonthOf(ReadOnlySpan<char> name) => MonthLookup.TryGetValue(name.TrimEnd('.'), out var month) ? month : 0;

    /// <summary>
    /// A machine-readable date (what a datetime attribute, a meta tag or JSON-LD holds), else null. The day is the one
    /// written, before any time zone.
    /// </summary>
    public static DateOnly? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        var iso = IsoPattern().Match(value);
        if (iso.Success) return Day(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        var compact = CompactPattern().Match(value);
        if (compact.Success) return Day(compact.Groups["y"].Value, compact.Groups["m"].Value, compact.Groups["d"].Value);
        // "Tue, 25 Aug 2020 10:00:00 GMT" (RFC 1123), "Tue Aug 25 2020 10:00:00 GMT+0200" (JavaScript), "2020/08/25"
        var found = FindAll(value).FirstOrDefault();
        if (found.Length > 0) return found.Date;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && value.Length is 10 or 13)
        {
            // Unix time in seconds or milliseconds: a moment, so the day is the one in UTC.
            var moment = value.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch);
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }
        return null;
    }

    /// <summary>Every date written in <paramref name="text"/>, with where it is.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        foreach (Match m in WrittenPattern().Matches(text))
        {
            DateOnly? date = null;
            if (m.Groups["iy"].Success) date = Day(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value);
            else if (m.Groups["dy"].Success && Months.TryGetValue(m.Groups["dm"].Value.TrimEnd('.'), out var dm)) date = Day(m.Groups["dy"].Value, dm, m.Groups["dd"].Value);
            else if (m.Groups["my"].Success && Months.TryGetValue(m.Groups["mm"].Value.TrimEnd('.'), out var mm)) date = Day(m.Groups["my"].Value, mm, m.Groups["md"].Value);
            else if (m.Groups["ny"].Success) date = Numeric(m.Groups["na"].Value, m.Groups["nb"].Value, m.Groups["ny"].Value, m.Groups["sep"].Value);
            else if (m.Groups["cy"].Success) date = Day(m.Groups["cy"].Value, m.Groups["cm"].Value, m.Groups["cd"].Value);
            if (date is { } d) yield return (d, m.Index, m.Length);
        }
    }

    /// <summary>
    /// "25.08.2020" is day-month everywhere it is written with dots; with slashes or dashes the order is the one the
    /// numbers allow (a part over 12 is the day), and "08/09/2020", which could be either, is no date.
    /// </summary>
    private static DateOnly? Numeric(string a, string b, string year, string separator)
    {
        if (!int.TryParse(a, out var x) || !int.TryParse(b, out var y)) return null;
        if (separator == "." || x > 12) return Make(year, y, x);
        if (y > 12) return Make(year, x, y);
        return x == y ? Make(year, x, y) : null;
    }

    private static DateOnly? Day(string year, string month, string day) =>
        int.TryParse(month, out var m) && int.TryParse(day, out var d) ? Make(year, m, d) : null;

    private static DateOnly? Day(string year, int month, string day) =>
        int.TryParse(day, out var d) ? Make(year, month, d) : null;

    /// <summary>The day, when it exists (a two-digit year is 1950–2049).</summary>
    private static DateOnly? Make(string year, int month, int d)
    {
        if (!int.TryParse(year, out var y)) return null;
        if (year.Length == 2) y += y < 50 ? 2000 : 1900;
        if (y is < 1000 or > 9999 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month)) return null;
        return new DateOnly(y, month, d);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:$|[T\s_])")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?:$|T|\d{4,6}$)")]
    private static partial Regex CompactPattern();

    /// <summary>Month names are matched as any run of letters and looked up, so one pattern serves every language.</summary>
    [GeneratedRegex("""
        (?<![\p{L}\d])(?:
          (?<iy>(?:1[89]|20)\d{2})[-/.](?<im>[01]?\d)[-/.](?<id>[0-3]?\d)(?![\d])
        | (?<dd>[0-3]?\d)(?:\.|er|st|nd|rd|th)?[\s\u00A0]*(?:de\s+|of\s+)?(?<dm>\p{L}{3,12}\.?),?[\s\u00A0]*(?:de\s+)?(?<dy>(?:1[89]|20)\d{2})(?![\d])
        | (?<mm>\p{L}{3,12}\.?)[\s\u00A0]+(?<md>[0-3]?\d)(?:st|nd|rd|th)?,?[\s\u00A0]+(?<my>(?:1[89]|20)\d{2})(?![\d])
        | (?<na>[0-3]?\d)(?<sep>[./-])(?<nb>[01]?\d)\k<sep>(?<ny>(?:1[89]|20)\d{2})(?![\d])
        | (?<cy>(?:19|20)\d{2})年(?<cm>[01]?\d)月(?<cd>[0-3]?\d)日
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenPattern();
}
