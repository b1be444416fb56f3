namespace Processor.Core.Diagnostics;

/// <summary>
/// A located message, printed like a compiler's: <c>pipeline.yaml(7,11): error: unknown option …</c>.
/// Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) => new(Severity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) => new(Severity.Warning, file, line, column, message);

    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            (0, _) => File,
            (_, 0) => $"{File}({Line})",
            _ => $"{File}({Line},{Column})",
        };
        var severity = Severity.ToString().ToLowerInvariant();
        return Printable(string.IsNullOrEmpty(where) ? $"{severity}: {Message}" : $"{where}: {severity}: {Message}");
    }

    /// <summary>
    /// Text safe to print on one log line: control characters (a line feed in a file's name would forge a log line, an
    /// escape sequence would drive the terminal) and Unicode line separators and direction overrides are shown escaped.
    /// </summary>
    public static string Printable(string text)
    {
        var clean = true;
        foreach (var c in text)
            if (NeedsEscape(c)) { clean = false; break; }
        if (clean) return text;
        var result = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            result.Append(!NeedsEscape(c) ? c.ToString() : c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:x4}" });
        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
