using Processor.Abstractions;

namespace Processor.Core.State;

/// <summary>Everything a successful run commits to the state, in one transaction.</summary>
public sealed record RunRecord
{
    public required long RunId { get; init; }
    public required DateTimeOffset Ended { get; init; }
    public required IReadOnlyList<SourceFile> Sources { get; init; }
    public required IReadOnlyDictionary<string, CachedSource> ChangedSources { get; init; }
    public required string Fingerprint { get; init; }
    /// <summary>Hashes of the texts this run saw for the first time.</summary>
    public required IReadOnlyCollection<ulong> SeenTexts { get; init; }
    public required int Documents { get; init; }
    public required int Claims { get; init; }
    public required int NewClaims { get; init; }
    public DigestRecord? Digest { get; init; }
    /// <summary>The staged digest this run publishes once the state is committed.</summary>
    public PendingPublication? Publication { get; init; }
    /// <summary>What each stateful stage asked to keep (<see cref="IStatefulStage"/>), by stage key; null removes it.</summary>
    public IReadOnlyDictionary<string, byte[]?> StageStates { get; init; } = new Dictionary<string, byte[]?>();
}
