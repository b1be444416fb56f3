using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Core.State;

/// <summary>What the per-file stages produced for one file, kept so an unchanged file is not processed again.</summary>
public sealed record CachedSource(ImmutableArray<Document> Documents, ImmutableArray<RemovedSpan> Removed)
{
    /// <summary>
    /// These results already in the state's compact form (<see cref="CachedSourceCodec"/>), when they were read from it:
    /// a reduce merging shard results stores them as they came instead of encoding them again. Not part of the results.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[]? Encoded { get; init; }
}
