using Processor.Core.Diagnostics;
using Spectre.Console;

namespace Processor.Cli;

/// <summary>
/// The log for a terminal: coloured diagnostics and a live progress line. When standard error is
/// redirected (cron, CI) the CLI uses <see cref="PlainRunLog"/> instead, since a live display would print nothing useful.
/// </summary>
internal sealed class ConsoleRunLog(IAnsiConsole console, bool quiet) : IRunLog
{
    private readonly Lock _gate = new();
    private int _lastPercent = -1;

    public void Info(string message)
    {
        if (quiet) return;
        lock (_gate) console.MarkupLine($"[grey]processor:[/] {Markup.Escape(Diagnostic.Printable(message))}");
    }

    public void Report(Diagnostic diagnostic)
    {
        if (quiet && diagnostic.Severity != Severity.Error) return;
        var colour = diagnostic.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
        lock (_gate) console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
    }

    public void Progress(int done, int total)
    {
        if (quiet || total == 0) return;
        var percent = done * 100 / total;
        lock (_gate)
        {
            if (percent / 10 == _lastPercent / 10 && done != total) return;
            _lastPercent = percent;
            console.MarkupLine($"[grey]processor:[/] [blue]{done}/{total}[/] sources ({percent}%)");
        }
    }
}
