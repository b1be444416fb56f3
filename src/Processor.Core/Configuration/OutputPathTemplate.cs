using System.Globalization;
using System.Text.RegularExpressions;

namespace Processor.Core.Configuration;

/// <summary>Expands <c>{date:yyyy-MM-dd}</c> (any .NET date format) in an output path.</summary>
public static partial class OutputPathTemplate
{
    /// <summary>
    /// Dates the checks expand a format with: a format must give a plain folder name for every date, and these
    /// cover one- and two-digit days and months, both halves of the day and a leap day.
    /// </summary>
    private static readonly DateTimeOffset[] SampleDates =
    [
        new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        new(2028, 2, 29, 23, 59, 59, TimeSpan.Zero),
        new(2031, 12, 31, 12, 0, 0, TimeSpan.Zero),
    ];

    /// <exception cref="InvalidOperationException">A format gave a path separator or a relative step (checked before any run by <see cref="Check"/>).</exception>
    public static string Expand(string template, DateTimeOffset when) =>
        DatePattern().Replace(template, m =>
        {
            var text = when.ToString(m.Groups[1].Success ? m.Groups[1].Value : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return NameProblem(text) is { } problem ? throw new InvalidOperationException($"the output date format gave '{text}': {problem}") : text;
        });

    /// <summary>True when the path has a <c>{date}</c> part, so each run writes its own folder.</summary>
    public static bool IsDated(string template) => DatePattern().IsMatch(template);

    /// <summary>Null when the template is valid, else what is wrong with it.</summary>
    public static string? Check(string template)
    {
        var rest = DatePattern().Replace(template, "");
        if (rest.Contains('{') || rest.Contains('}'))
            return "only '{date}' or '{date:FORMAT}' may appear in braces in the output path";
        foreach (Match match in DatePattern().Matches(template))
        {
            var format = match.Groups[1].Success ? match.Groups[1].Value : "yyyy-MM-dd";
            foreach (var date in SampleDates)
            {
                string text;
                try { text = date.ToString(format, CultureInfo.InvariantCulture); }
                catch (FormatException) { return $"'{format}' is not a .NET date format (e.g. 'yyyy-MM-dd')"; }
                if (NameProblem(text) is { } problem)
                    return $"the date format '{format}' gives '{text}', which {problem}; a date must be one folder name, e.g. '{{date:yyyy-MM-dd}}'";
            }
        }
        return null;
    }

    /// <summary>Why an expanded date cannot be one folder name, or null. ("/" in a .NET format is the date separator.)</summary>
    private static string? NameProblem(string text) =>
        text.Length == 0 ? "is empty"
        : text.IndexOfAny(['/', '\\', '\0']) >= 0 ? "contains a path separator"
        : text is "." or ".." || text.Contains("..", StringComparison.Ordinal) ? "would step out of the output folder"
        : null;

    [GeneratedRegex(@"\{date(?::([^{}]+))?\}")]
    private static partial Regex DatePattern();
}
