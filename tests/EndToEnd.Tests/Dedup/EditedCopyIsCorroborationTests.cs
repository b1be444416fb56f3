using System.Text;
using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Dedup;

/// <summary>
/// The seeds plus an edited copy of 004 (words changed, a paragraph dropped, lines re-wrapped) saved as
/// another source: every claim of the copied article carries attributions to both files, the copy counts
/// once as independent reporting, its paragraphs are reported as copies, and unrelated claims are not merged.
/// </summary>
public sealed class EditedCopyIsCorroborationTests
{
    private const string DroppedParagraph = "During the 1980s";

    private static string EditedCopyOf004()
    {
        var original = File.ReadAllText(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt"));
        var edited = original
            .Replace("addressed a meeting", "spoke at a meeting")
            .Replace("Albanian counter-terrorism police raided", "Albanian counter-terrorism officers raided")
            .Replace("denied any responsibility", "rejected any responsibility");
        var paragraphs = edited.Split('\n').Where(p => !p.StartsWith(DroppedParagraph, StringComparison.Ordinal));
        return string.Join('\n', paragraphs.Select(p => Wrap(p, 72)));
    }

    private static string Wrap(string paragraph, int width)
    {
        var lines = new List<StringBuilder> { new() };
        foreach (var word in paragraph.Split(' '))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width) lines.Add(new StringBuilder());
            if (lines[^1].Length > 0) lines[^1].Append(' ');
            lines[^1].Append(word);
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void TheCopiedArticlesClaimsAreAttributedToBothFilesAndCountOnce()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(Path.Combine(copy.Path, "005_edited_copy_of_004.txt"), EditedCopyOf004());
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(copy.Output);
        var root = json.RootElement;
        var path = root.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("path").GetString()![..3]);
        var claims = root.GetProperty("claims").EnumerateArray()
            .Select(c => (Text: c.GetProperty("text").GetString()!, Files: c.GetProperty("attributions").EnumerateArray().Select(a => path[a.GetProperty("source").GetString()!]).ToHashSet(),
                Independent: c.GetProperty("independentSources").GetInt32()))
            .ToList();

        var dropped = File.ReadAllLines(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt")).Single(l => l.StartsWith(DroppedParagraph, StringComparison.Ordinal));
        var of004 = claims.Where(c => c.Files.Contains("004") && !dropped.Contains(c.Text, StringComparison.Ordinal)).ToList();
        Assert.True(of004.Count >= 20, $"{of004.Count} claims from 004");
        var missing = of004.Where(c => !c.Files.Contains("005")).Select(c => c.Text).ToList();
        Assert.True(missing.Count == 0, "not attributed to the edited copy:\n" + string.Join("\n", missing));
        Assert.All(of004.Where(c => c.Files.SetEquals(["004", "005"])), c => Assert.Equal(1, c.Independent));

        Assert.DoesNotContain(claims, c => c.Files.Contains("005") && !c.Files.Contains("004"));
        Assert.Contains(root.GetProperty("duplicates").EnumerateArray(), d => d.GetProperty("level").GetString() == "document");

        // The copy is reported once, as a document: not again paragraph by paragraph.
        var documentSource = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => path[d.GetProperty("source").GetString()!]);
        Assert.DoesNotContain(root.GetProperty("duplicates").EnumerateArray(), d => d.GetProperty("level").GetString() == "paragraph"
            && documentSource[d.GetProperty("merged").GetString()!.Split('/')[0]] == "005");
    }

    [Fact]
    public void APassageQuotedInAnotherArticleIsReportedAsACopiedParagraph()
    {
        using var copy = new SeedCopy();
        var passage = File.ReadAllLines(Path.Combine(Repo.Seeds, "004_c8e19de521363987.txt")).Single(l => l.StartsWith("Although police did not elaborate", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(copy.Path, "005_quotes_004.txt"), $"""
            Football club opens a new stadium

            The club opened its new stadium on Saturday with a match against the league champions, watched by forty thousand supporters.
            The mayor said the stadium would bring jobs to the district and host concerts in the summer months.
            In other news from the region, a report on the raid in Albania said this:
            {passage}
            The club's coach said the team was ready for the new season and praised the young players from the academy.
            """);
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(copy.Output);
        var root = json.RootElement;
        var path = root.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("path").GetString()![..3]);
        var documentSource = root.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => path[d.GetProperty("source").GetString()!]);
        string FileOf(JsonElement d, string side) => documentSource[d.GetProperty(side).GetString()!.Split('/')[0]];
        var duplicates = root.GetProperty("duplicates").EnumerateArray().ToList();
        var quoted = Assert.Single(duplicates, d => d.GetProperty("level").GetString() == "paragraph" && FileOf(d, "merged") == "005");
        Assert.Equal("004", FileOf(quoted, "kept"));
        Assert.Equal("exact", quoted.GetProperty("method").GetString());
        Assert.DoesNotContain(duplicates, d => d.GetProperty("level").GetString() == "document" && (FileOf(d, "merged") == "005" || FileOf(d, "kept") == "005"));
    }
}
