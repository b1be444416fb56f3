using System.Xml.Linq;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.State;

/// <summary>Dated output folders get a latest/ copy, an Atom feed listing each digest once, and retention.</summary>
public sealed class ScheduledOutputsTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void DatedDigestsAreListedOnceInAValidFeedWithALatestCopyAndRetention()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("output: out", "output: out/{date:yyyyMMdd-HHmmss-fff}\nkeep: 2"));
        for (var i = 0; i < 3; i++)
        {
            var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var folders = Directory.GetDirectories(copy.Output).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, folders.Count);   // two kept digests + latest
        Assert.Contains("latest", folders);
        Assert.True(File.Exists(Path.Combine(copy.Output, "latest", "digest.html")));

        var feed = XDocument.Load(Path.Combine(copy.Output, "feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var links = entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Equal(links.Distinct().Count(), links.Count);
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(copy.Output, l)), l));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "summary")!.Value)));
        // Each entry is its digest's overview: the count of stories, then the top stories with their lead claims.
        var summary = entries[0].Element(Atom + "summary")!.Value.Split('\n');
        Assert.Matches(@"^\d+ stories \(\d+ new, \d+ with new reports\) from 5 sources; \d+ new claims$", summary[0].TrimEnd('\r'));
        Assert.True(summary.Length >= 4 && summary.Skip(1).All(l => l.StartsWith("• ", StringComparison.Ordinal) && l.Contains("source")), string.Join(" | ", summary));
    }

    [Fact]
    public void TwoRunsIntoTheSameDatedFolderAreOneFeedEntry()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("output: out", "output: out/{date:yyyy-MM-dd}"));
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var feed = XDocument.Load(Path.Combine(copy.Output, "feed.xml"));
        Assert.Single(feed.Root!.Elements(Atom + "entry"));
    }
}
