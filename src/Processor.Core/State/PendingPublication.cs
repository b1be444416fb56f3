namespace Processor.Core.State;

/// <summary>A committed run whose digest, staged in <paramref name="Staging"/>, still has to replace <paramref name="Target"/>.</summary>
public sealed record PendingPublication(long RunId, string Staging, string Target);
