namespace Processor.Plugins.Splitter.Lines;

/// <summary>A line with its kind; <see cref="Reason"/> says why boilerplate was dropped.</summary>
internal readonly record struct ClassifiedLine(Line Line, LineKind Kind, string? Reason = null);
