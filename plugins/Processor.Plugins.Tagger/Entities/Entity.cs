namespace Processor.Plugins.Tagger.Entities;

/// <summary>One gazetteer entry: every alias resolves to <see cref="Id"/>.</summary>
internal sealed record Entity(string Id, string Name, string Type, IReadOnlyList<string> Aliases);
