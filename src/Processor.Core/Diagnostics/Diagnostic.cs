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
        return string.IsNullOrEmpty(where) ? $"{severity}: {Message}" : $"{where}: {severity}: {Message}";
    }
}
