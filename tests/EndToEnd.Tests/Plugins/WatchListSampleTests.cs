using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Plugins;

/// <summary>The sample team plugin, loaded through plugin_paths, turns on an "Alerts" section with attributions.</summary>
public sealed class WatchListSampleTests
{
    [Fact]
    public void TheWatchListAddsAnAlertsSectionListingClaimsWithTheirSources()
    {
        using var copy = new SeedCopy();
        var pipeline = Path.Combine(copy.Path, "pipeline-alerts.yaml");
        File.WriteAllText(pipeline, File.ReadAllText(pipeline).Replace("[../artifacts/plugins]", $"[\"{Path.Combine(Repo.Root, "artifacts", "plugins")}\"]"));

        var run = ToolRun.Start(copy.Path, "run", "pipeline-alerts.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        var output = Path.Combine(copy.Path, "out-alerts");
        var html = File.ReadAllText(Path.Combine(output, "digest.html"));
        var alerts = html[html.IndexOf("<section id=\"section-watchlist.alert\">", StringComparison.Ordinal)..];
        alerts = alerts[..alerts.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("<h2>Alerts</h2>", alerts);
        Assert.Contains("Albania camp · high", alerts);
        Assert.Contains(".txt:", alerts);   // each alert names its source file and line

        using var json = Digest.Load(output);
        var alerted = json.RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("tags").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == "watchlist.alert")).ToList();
        Assert.NotEmpty(alerted);
        Assert.All(alerted, c => Assert.True(c.GetProperty("attributions").GetArrayLength() >= 1));
        Assert.Contains("## Alerts", File.ReadAllText(Path.Combine(output, "digest.md")));

        // The plugin's own document metadata reaches the export (index/documents.jsonl lists every document) without any
        // SDK or renderer change; the SDK's own keys keep their fields.
        var documents = File.ReadLines(Path.Combine(output, "index", "documents.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        var watched = documents.Where(d => d.GetProperty("metadata").TryGetProperty("watchlist.entries", out _)).ToList();
        Assert.NotEmpty(watched);
        Assert.Contains(watched, d => d.GetProperty("metadata").GetProperty("watchlist.entries").GetString()!.Split('\n').Contains("Albania camp"));
        Assert.All(documents, d => Assert.False(d.GetProperty("metadata").TryGetProperty("published", out _)));
        Assert.Contains(documents, d => d.GetProperty("published").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public void AMissingPluginFolderIsALocatedError()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "validate", "pipeline-alerts.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"pipeline-alerts\.yaml\(\d+,\d+\): error: plugin folder '\.\./artifacts/plugins' not found", run.Stderr);
    }
}
