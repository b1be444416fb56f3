namespace Processor.Abstractions;

/// <summary>One merge made by a deduplicator: a unit that was folded into another.</summary>
/// <param name="Level">What was merged: <c>document</c>, <c>paragraph</c> or <c>claim</c>.</param>
/// <param name="KeptId">Id of the unit that absorbed the other.</param>
/// <param name="MergedId">Id of the unit folded in (its attributions live on in the kept one).</param>
/// <param name="Method">How the units matched (<see cref="MatchKind"/>): <c>exact</c>, <c>near</c> or <c>paraphrase</c>.</param>
/// <param name="Score">Similarity that justified the merge (1 for exact).</param>
public sealed record MergeRecord(string Level, string KeptId, string MergedId, string Method, double Score);
