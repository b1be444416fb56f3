using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Plugins;

/// <summary>
/// A file of many documents (TestData/one-large-file: 80 wire stories glued into one file) is spread over the cores
/// document by document inside the file. Whatever order the documents finish in, the digest lists them in the file's
/// order, and a document a plugin fails on is skipped alone, reported at its own line.
/// </summary>
public sealed class OneLargeFileRunsOnEveryCoreInOrderTests
{
    [Fact]
    public void DocumentsKeepTheFilesOrderAndOnlyTheFailingOneIsSkipped()
    {
        using var copy = new SeedCopy();
        var wire = Path.Combine(AppContext.BaseDirectory, "TestData", "one-large-file", "wire.txt");
        File.Copy(wire, Path.Combine(copy.Path, "wire.txt"));
        FixturePipeline.Write(copy, ["FailingPlugin"], "  - use: tagger\n  - use: fails-on-marker\n    on_error: skip");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markedLine = Array.FindIndex(File.ReadAllLines(wire), l => l.Contains("FAIL-ME")) + 1;
        var warning = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("fixture failure"));
        // The warning names the failing story's first line, which is a few lines above the marker.
        var reported = int.Parse(warning.Split('(', ')')[1]);
        Assert.InRange(reported, markedLine - 6, markedLine);

        var wireDocuments = File.ReadLines(Path.Combine(copy.Output, "index", "documents.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(d => d.GetProperty("title").GetString()?.Contains("EXPORTS REPORT") == true)
            .ToList();
        Assert.Equal(79, wireDocuments.Count);
        var starts = wireDocuments.Select(d => d.GetProperty("span").GetProperty("start").GetInt32()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.DoesNotContain(wireDocuments, d => d.GetProperty("title").GetString() == "WHEAT EXPORTS REPORT NUMBER 40 PUBLISHED");
    }
}
