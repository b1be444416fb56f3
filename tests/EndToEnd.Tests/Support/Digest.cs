using System.Text.Json;
using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Support;

/// <summary>
/// Reads a digest as a tool that wants everything does (as the scorers' digest_io.py does): digest.json, with each of
/// its lists replaced by the complete one in index/*.jsonl beside it when that file exists.
/// </summary>
public static class Digest
{
    private static readonly string[] Lists = ["sources", "documents", "claims", "stories", "conflicts", "facts", "duplicates", "removed"];

    /// <summary>An attribution's exact source text: its quote, or the claim's text where the index leaves a repeated quote out.</summary>
    public static string QuoteOf(JsonElement claim, JsonElement attribution) =>
        (attribution.TryGetProperty("quote", out var quote) ? quote : claim.GetProperty("text")).GetString()!;

    public static JsonDocument Load(string folder)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(Path.Combine(folder, "digest.json")))!.AsObject();
        foreach (var name in Lists)
        {
            var path = Path.Combine(folder, "index", name + ".jsonl");
            if (!File.Exists(path)) continue;
            var items = new JsonArray();
            foreach (var line in File.ReadLines(path))
                if (line.Length > 0) items.Add(JsonNode.Parse(line));
            root[name] = items;
        }
        return JsonDocument.Parse(root.ToJsonString());
    }
}
