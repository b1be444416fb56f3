using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>
/// seeds/publishers.yaml says who publishes each seed file: the briefing credits reports to those outlets, shows each
/// story's coverage by kind and side, and says plainly that every outlet with a known side is on one side.
/// </summary>
[Collection(SeedDigestCollection.Name)]
public sealed class WhoCoversWhatTests(SeedDigest seed)
{
    private string Html => File.ReadAllText(Path.Combine(seed.Output, "digest.html"));

    [Fact]
    public void TheBriefingSaysWhenOnlyOneSideReports()
    {
        Assert.Contains("no outlet of another side is among the sources", Html);
        Assert.Contains("Only sources critical of the MEK report this story.", Html);
    }

    [Fact]
    public void StoriesNameTheirOutletsWithKindAndSide()
    {
        Assert.Contains("NEJAT Society (advocacy, critical of the MEK)", Html);
        Assert.Contains("class=\"coverage\"", Html);
    }

    [Fact]
    public void ARepublishedArticleIsCreditedToItsOrigin()
    {
        // 002 republishes a BBC News report: its claims' citations name BBC News, not NEJAT Society.
        var markdown = File.ReadAllText(Path.Combine(seed.Output, "digest.md"));
        Assert.Contains("BBC News, “MEK Terrorist Cult Members In Albania", markdown);
    }
}
