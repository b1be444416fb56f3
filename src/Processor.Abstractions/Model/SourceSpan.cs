namespace Processor.Abstractions;

/// <summary>
/// A range of the untouched source file: UTF-8 byte offsets <c>[Start, End)</c> and the 1-based
/// lines on which the range starts and ends. Create spans with <see cref="SourceText.SpanOf"/> so the
/// line numbers always agree with the offsets.
/// </summary>
/// <param name="SourceId">The <see cref="SourceFile.Id"/> of the file the span points into.</param>
/// <param name="Start">Offset of the first byte.</param>
/// <param name="End">Offset one past the last byte.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="EndLine">1-based line of the last byte (equal to <paramref name="Line"/> for an empty span).</param>
public readonly record struct SourceSpan(string SourceId, int Start, int End, int Line, int EndLine)
{
    /// <summary>Number of bytes covered.</summary>
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span (same source).</summary>
    public bool Contains(SourceSpan other) =>
        other.SourceId == SourceId && other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one byte (same source).</summary>
    public bool Overlaps(SourceSpan other) =>
        other.SourceId == SourceId && other.Start < End && Start < other.End;

    /// <inheritdoc />
    public override string ToString() => $"{SourceId}[{Start},{End}) lines {Line}-{EndLine}";
}
