using System.Text.Json;
using Processor.Core.Diagnostics;

namespace Processor.Cli;

/// <summary>One JSON object per line, for log collectors (<c>--log-format json</c>).</summary>
internal sealed class JsonRunLog(TextWriter writer, bool quiet) : IRunLog
{
    private readonly Lock _gate = new();

    public void Info(string message)
    {
        if (!quiet) Write(new { level = "info", message });
    }

    public void Report(Diagnostic d)
    {
        if (quiet && d.Severity != Severity.Error) return;
        Write(new { level = d.Severity.ToString().ToLowerInvariant(), file = d.File, line = d.Line, column = d.Column, message = d.Message });
    }

    private void Write(object entry)
    {
        var line = JsonSerializer.Serialize(entry);
        lock (_gate) writer.WriteLine(line);
    }
}
