using System.Globalization;
using System.Text.RegularExpressions;

namespace Processor.Core.Configuration;

/// <summary>Expands <c>{date:yyyy-MM-dd}</c> (any .NET date format) in an output path.</summary>
public static partial class OutputPathTemplate
{
    public static string Expand(string template, DateTimeOffset when) =>
        DatePattern().Replace(template, m => when.ToString(m.Groups[1].Success ? m.Groups[1].Value : "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Null when the template is valid, else what is wrong with it.</summary>
    public static string? Check(string template)
    {
        var rest = DatePattern().Replace(template, "");
        return rest.Contains('{') || rest.Contains('}')
            ? "only '{date}' or '{date:FORMAT}' may appear in braces in the output path"
            : null;
    }

    [GeneratedRegex(@"\{date(?::([^{}]+))?\}")]
    private static partial Regex DatePattern();
}
