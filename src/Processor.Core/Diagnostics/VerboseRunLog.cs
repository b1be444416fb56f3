namespace Processor.Core.Diagnostics;

/// <summary><c>--verbose</c>: a log that also shows the details every other log drops, as info lines.</summary>
public sealed class VerboseRunLog(IRunLog inner) : IRunLog
{
    public void Info(string message) => inner.Info(message);

    public void Report(Diagnostic diagnostic) => inner.Report(diagnostic);

    public void Progress(int done, int total) => inner.Progress(done, total);

    public void Detail(string message) => inner.Info(message);
}
