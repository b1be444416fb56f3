namespace Processor.Plugins.Renderer.Json;

/// <summary>Every claim's rank, score and number of outlets, as the model builder computed them, for the JSON records.</summary>
internal sealed record ClaimRanking(IReadOnlyDictionary<string, (int Rank, double Score, int Publishers)> Of);
