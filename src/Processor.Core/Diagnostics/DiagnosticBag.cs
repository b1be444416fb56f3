namespace Processor.Core.Diagnostics;

/// <summary>Collects every diagnostic of a step so the user sees all problems at once, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string file, int line, int column, string message) => Add(Diagnostic.Error(file, line, column, message));

    public void Warning(string file, int line, int column, string message) => Add(Diagnostic.Warning(file, line, column, message));

    /// <summary>Throws a <see cref="UserErrorException"/> carrying everything collected, when any error was.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors) throw new UserErrorException(_items.ToList());
    }
}
