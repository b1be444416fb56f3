namespace Processor.Core.State;

/// <summary>A digest a run wrote, for the Atom feed and retention.</summary>
public sealed record DigestRecord(long RunId, string Folder, DateTimeOffset WrittenAt, string Title, IReadOnlyList<string> Headlines);
