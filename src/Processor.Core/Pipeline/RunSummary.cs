namespace Processor.Core.Pipeline;

/// <summary>What a run did, for the final log line and for tests.</summary>
public sealed record RunSummary(
    string OutputDirectory,
    int Sources,
    int Skipped,
    int Documents,
    int Sentences,
    int Claims,
    TimeSpan Elapsed);
