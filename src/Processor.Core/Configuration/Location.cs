namespace Processor.Core.Configuration;

/// <summary>A place in the pipeline file, kept with each setting so later errors can point at it.</summary>
public readonly record struct Location(string File, int Line, int Column);
