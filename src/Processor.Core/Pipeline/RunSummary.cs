namespace Processor.Core.Pipeline;

/// <summary>What a run did, for the final log line and for tests.</summary>
public sealed record RunSummary(
    string OutputDirectory,
    int Sources,
    int Skipped,
    int Documents,
    int Sentences,
    int Claims,
    TimeSpan Elapsed)
{
    /// <summary>Bytes of all sources read.</summary>
    public long InputBytes { get; init; }

    /// <summary>Time inside each stage (per-file stages: summed over threads).</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes { get; init; } = new Dictionary<string, TimeSpan>();
}
