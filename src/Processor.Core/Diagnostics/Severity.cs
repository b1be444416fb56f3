namespace Processor.Core.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum Severity { Info, Warning, Error }
