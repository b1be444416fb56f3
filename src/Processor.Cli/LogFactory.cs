using Processor.Core.Diagnostics;
using Spectre.Console;

namespace Processor.Cli;

/// <summary>Chooses the log: terminal, plain lines or JSON lines.</summary>
internal static class LogFactory
{
    public static IRunLog Create(string format, bool quiet)
    {
        if (format == "json") return new JsonRunLog(Console.Error, quiet);
        if (format == "plain" || Console.IsErrorRedirected) return new PlainRunLog(Console.Error, quiet);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return new ConsoleRunLog(console, quiet);
    }
}
