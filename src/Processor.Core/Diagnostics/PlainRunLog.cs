namespace Processor.Core.Diagnostics;

/// <summary>One plain line per event on standard error: what cron mail and CI logs want.</summary>
public sealed class PlainRunLog(TextWriter writer, bool quiet = false) : IRunLog
{
    private readonly Lock _gate = new();

    public void Info(string message)
    {
        if (quiet) return;
        lock (_gate) writer.WriteLine($"processor: {Diagnostic.Printable(message)}");
    }

    public void Report(Diagnostic diagnostic)
    {
        if (quiet && diagnostic.Severity != Severity.Error) return;
        lock (_gate) writer.WriteLine(diagnostic.ToString());
    }
}
