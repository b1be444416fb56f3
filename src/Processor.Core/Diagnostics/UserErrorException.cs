namespace Processor.Core.Diagnostics;

/// <summary>
/// Problems the user can fix (configuration, templates, inputs, plugin folders). The CLI prints the
/// diagnostics and exits with <see cref="ExitCodes.UserError"/>; no stack trace is shown.
/// </summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    public UserErrorException(Diagnostic diagnostic) : this([diagnostic]) { }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
