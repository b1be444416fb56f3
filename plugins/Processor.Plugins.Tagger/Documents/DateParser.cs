using System.Globalization;
using System.Text.RegularExpressions;

namespace Processor.Plugins.Tagger.Documents;

/// <summary>Finds dates written as "November 16, 2019", "16 Nov 2019" or "2019-11-16".</summary>
internal static partial class DateParser
{
    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy", "MMM dd, yyyy", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy",
        "dd MMM yyyy", "yyyy-MM-dd",
    ];

    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        foreach (Match m in DatePattern().Matches(text))
        {
            var value = Regex.Replace(m.Value, @"\s+", " ").Replace("Sept ", "Sep ");
            if (DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                yield return (date, m.Index, m.Length);
        }
    }

    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+\d{4}|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex DatePattern();
}
