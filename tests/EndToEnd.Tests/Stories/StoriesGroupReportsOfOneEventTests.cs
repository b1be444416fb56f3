using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Stories;

/// <summary>
/// Several outlets on three events, and articles that share their places but not their events (TestData/stories,
/// gold.tsv): the digest groups the reports of each event into one story (pairwise F1 ≥ 0.8 against the gold
/// grouping), and a follow-up published the next day joins its story on the next run, which the digest calls one
/// new report on a story already seen.
/// </summary>
public sealed class StoriesGroupReportsOfOneEventTests
{
    private static Dictionary<string, string> Gold(string folder) =>
        File.ReadLines(Path.Combine(folder, "gold.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1].Trim());

    /// <summary>Each file's story id in the digest.</summary>
    private static Dictionary<string, string> StoryOfFile(JsonElement root)
    {
        var paths = root.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => Path.GetFileName(s.GetProperty("path").GetString()!));
        var fileOf = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => paths[d.GetProperty("source").GetString()!]);
        var result = new Dictionary<string, string>();
        foreach (var story in root.GetProperty("stories").EnumerateArray())
            foreach (var document in story.GetProperty("documents").EnumerateArray())
                result[fileOf[document.GetString()!]] = story.GetProperty("id").GetString()!;
        return result;
    }

    private static double PairwiseF1(Dictionary<string, string> gold, Dictionary<string, string> found)
    {
        var files = gold.Keys.Where(found.ContainsKey).Order(StringComparer.Ordinal).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < files.Count; i++)
            for (var j = i + 1; j < files.Count; j++)
            {
                var same = gold[files[i]] == gold[files[j]];
                var grouped = found[files[i]] == found[files[j]];
                if (same && grouped) tp++; else if (grouped) fp++; else if (same) fn++;
            }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    [Fact]
    public void ReportsOfOneEventAreOneStoryAndAFollowUpJoinsItOnTheNextRun()
    {
        using var copy = new CorpusCopy("stories");
        var first = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(first.ExitCode == 0, first.ToString());
        using (var digest = Digest.Load(copy.Output))
        {
            var found = StoryOfFile(digest.RootElement);
            Assert.True(PairwiseF1(Gold(copy.Path), found) >= 0.8, string.Join(", ", found.Select(f => $"{f.Key}={f.Value}")));
            Assert.NotEqual(found["tirana-times-flood.txt"], found["tirana-times-restaurant.txt"]);
            Assert.NotEqual(found["balkan-wire-strike.txt"], found["balkan-wire-football.txt"]);
        }

        File.Copy(Path.Combine(copy.Path, "later", "balkan-wire-strike-talks.txt"), Path.Combine(copy.Path, "corpus", "balkan-wire-strike-talks.txt"));
        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(second.ExitCode == 0, second.ToString());
        using (var digest = Digest.Load(copy.Output))
        {
            var found = StoryOfFile(digest.RootElement);
            Assert.True(PairwiseF1(Gold(copy.Path), found) >= 0.8);
            Assert.Equal(found["balkan-wire-strike.txt"], found["balkan-wire-strike-talks.txt"]);
            var strike = digest.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("id").GetString() == found["balkan-wire-strike.txt"]);
            Assert.False(strike.GetProperty("new").GetBoolean());
            Assert.Equal(1, strike.GetProperty("newDocuments").GetInt32());
            Assert.Equal("2026-11-13", strike.GetProperty("firstReported").GetProperty("date").GetString());
        }
        Assert.Contains("1 new report", File.ReadAllText(Path.Combine(copy.Output, "digest.html")));
    }
}
