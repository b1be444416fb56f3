namespace Processor.Core.Sharding;

/// <summary>What one map job did: the shard file it wrote, the files it covered, skipped and the documents found.</summary>
public sealed record MapSummary(string ShardPath, int Files, int Skipped, int Documents, TimeSpan Elapsed);
