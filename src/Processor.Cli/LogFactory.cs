using Processor.Core.Diagnostics;
using Spectre.Console;

namespace Processor.Cli;

/// <summary>Chooses the log: terminal, plain lines or JSON lines; with <c>--verbose</c>, details too.</summary>
internal static class LogFactory
{
    /// <param name="noColor"><c>--no-color</c>; the <c>NO_COLOR</c> environment variable (any value) does the same.</param>
    public static IRunLog Create(string format, bool quiet, bool verbose = false, bool noColor = false)
    {
        var log = CreatePlain(format, quiet, noColor || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
        return verbose && !quiet ? new VerboseRunLog(log) : log;
    }

    private static IRunLog CreatePlain(string format, bool quiet, bool noColor)
    {
        if (format == "json") return new JsonRunLog(Console.Error, quiet);
        if (format == "plain" || Console.IsErrorRedirected) return new PlainRunLog(Console.Error, quiet);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        return new ConsoleRunLog(console, quiet);
    }
}
