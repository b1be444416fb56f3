using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Core.State;

/// <summary>What the per-file stages produced for one file, kept so an unchanged file is not processed again.</summary>
public sealed record CachedSource(ImmutableArray<Document> Documents, ImmutableArray<RemovedSpan> Removed);
