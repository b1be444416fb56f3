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
    /// <summary>Sources processed this run (not taken from the state): new or changed files, or all without state.</summary>
    public int ChangedSources { get; init; }

    /// <summary>Sources the previous run had and this one does not.</summary>
    public int DeletedSources { get; init; }

    /// <summary>Claims that no earlier run saw.</summary>
    public int NewClaims { get; init; }

    /// <summary>Bytes of all sources read.</summary>
    public long InputBytes { get; init; }

    /// <summary>Time inside each stage (per-file stages: summed over threads).</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes { get; init; } = new Dictionary<string, TimeSpan>();
}
