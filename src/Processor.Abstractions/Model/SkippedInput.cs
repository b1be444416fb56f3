namespace Processor.Abstractions;

/// <summary>An input that was not processed, and why.</summary>
/// <param name="Path">The input's path relative to the pipeline file.</param>
/// <param name="Reason">A one-line explanation, e.g. <c>binary file (NUL byte at offset 12)</c>.</param>
/// <param name="Line">1-based line of the problem, or 0 when it concerns the whole file.</param>
public sealed record SkippedInput(string Path, string Reason, int Line = 0);
