namespace Processor.Abstractions;

/// <summary>Text left out of the digest (navigation, share lines, footers), listed so nothing disappears silently.</summary>
/// <param name="Span">What was removed.</param>
/// <param name="Reason">Why, e.g. <c>navigation</c>, <c>share-line</c>, <c>repeated-line</c>.</param>
public sealed record RemovedSpan(SourceSpan Span, string Reason);
