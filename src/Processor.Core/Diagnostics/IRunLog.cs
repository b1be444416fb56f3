namespace Processor.Core.Diagnostics;

/// <summary>Where a run reports progress and problems (a terminal, plain lines for cron, or JSON lines).</summary>
public interface IRunLog
{
    void Info(string message);

    void Report(Diagnostic diagnostic);

    /// <summary>Called as sources finish, so a terminal can show progress.</summary>
    void Progress(int done, int total) { }

    /// <summary>A detail only <c>--verbose</c> shows (each file's outcome, each plugin's folder); dropped by default.</summary>
    void Detail(string message) { }
}
