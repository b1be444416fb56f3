namespace Processor.Core.Diagnostics;

/// <summary>
/// A plugin failed on a document of a stage whose <c>on_error</c> is <c>fail</c>. Reported once with the
/// plugin id, source path and line; exit code <see cref="ExitCodes.StageFailed"/>.
/// </summary>
public sealed class StageFailedException(Diagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.ToString(), inner)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
