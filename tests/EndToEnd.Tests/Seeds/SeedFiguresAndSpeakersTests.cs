using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>
/// The tagger's and deduplicator's expectations on the seeds: the MEK membership in Albania is one conflict (without
/// the supposed or the former members), the 12,000 Iranians one fact stated twice, speakers are people or
/// organisations with one name each.
/// </summary>
[Collection(SeedDigestCollection.Name)]
public sealed class SeedFiguresAndSpeakersTests(SeedDigest seed)
{
    private string PrefixOf(string sourceId) =>
        seed.Root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sourceId).GetProperty("path").GetString()![..3];

    [Fact]
    public void TheNumberOfMekMembersInAlbaniaIsAConflictAcrossSources()
    {
        var conflict = seed.Root.GetProperty("conflicts").EnumerateArray()
            .Single(g => g.GetProperty("quantity").GetString()!.StartsWith("member · MEK", StringComparison.Ordinal));
        var values = conflict.GetProperty("values").EnumerateArray()
            .Select(v => (Value: v.GetProperty("value").GetDouble(), Text: v.GetProperty("text").GetString(), File: PrefixOf(v.GetProperty("source").GetString()!)))
            .ToList();
        Assert.Contains((2400.0, "around 2,400", "000"), values);
        Assert.Contains((2000.0, "Around 2,000", "001"), values);
        Assert.Contains((3000.0, "some 3,000", "002"), values);
        Assert.Contains(values, v => v.Value == 3500 && v.File == "002");
        // "40 destitute former members" count former members, not members; the $30,000 of "Suppose each …" is supposed.
        Assert.DoesNotContain(values, v => v.Value is 40 or 30000);
    }

    [Fact]
    public void TheMembershipClaimsCarryTheirFigureAndTheEntity()
    {
        var claim = seed.Root.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.Contains("has dropped to around 2,400"));
        var tags = claim.GetProperty("tags").EnumerateArray().ToList();
        Assert.Contains(tags, t => t.GetProperty("kind").GetString() == "entity" && t.GetProperty("value").GetString() == "mek");
        var figure = tags.Single(t => t.GetProperty("kind").GetString() == "figure");
        Assert.Equal("2400", figure.GetProperty("value").GetString());
        Assert.Equal("member", figure.GetProperty("counts").GetString());
        Assert.Equal("approx", figure.GetProperty("qualifier").GetString());
    }

    [Theory]
    [InlineData("We must continue to support the Iranian people", "Mike Pompeo")]
    [InlineData("then there’s something wrong with you", "Rudy Giuliani")]
    public void QuotationsCarryTheirSpeaker(string quotation, string speaker)
    {
        var claim = seed.Root.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("text").GetString()!.Contains(quotation));
        Assert.Contains(claim.GetProperty("tags").EnumerateArray(),
            t => t.GetProperty("kind").GetString() == "speaker" && t.GetProperty("value").GetString() == speaker);
        Assert.Equal(speaker, claim.GetProperty("speaker").GetString());
    }

    [Fact]
    public void TheTwelveThousandIraniansOfTwoFilesAreOneFactStatedTwice()
    {
        var claims = seed.Root.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var fact = seed.Root.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("basis").GetString()!.StartsWith("iranian", StringComparison.Ordinal));
        var files = fact.GetProperty("claims").EnumerateArray()
            .Select(id => PrefixOf(claims[id.GetString()!].GetProperty("attributions")[0].GetProperty("source").GetString()!)).Order().ToList();
        Assert.Equal(["001", "002"], files);
    }

    [Theory]
    [InlineData("Another")]
    [InlineData("Commentary")]
    [InlineData("Economist")]
    [InlineData("Such")]
    [InlineData("MEK’s")]
    [InlineData("Norwegian")]
    [InlineData("Gender Equality Dimitrios Papadimoulis")]
    public void ASentenceInitialWordOrAnOutletInsideADescriptionIsNoSpeaker(string wrong) =>
        Assert.DoesNotContain(seed.Root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("speaker").GetString() == wrong);

    [Theory]
    [InlineData("Rudy Giuliani would participate", "Daniel Benjamin")]
    [InlineData("Gregg Carlstrom of the Economist wrote", "Gregg Carlstrom")]
    [InlineData("Gender Equality Dimitrios Papadimoulis added", "Dimitrios Papadimoulis")]
    [InlineData("the State Department said in a statement at the time", "State Department")]
    public void TheSpeakerIsWhoeverSpeaks(string part, string speaker) =>
        Assert.Equal(speaker, seed.Root.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.Contains(part, StringComparison.Ordinal)).GetProperty("speaker").GetString());

    [Fact]
    public void NoClaimCountsMoreIndependentReportsThanItHasFiles() =>
        Assert.All(seed.Root.GetProperty("claims").EnumerateArray(), c => Assert.True(
            c.GetProperty("independentSources").GetInt32() <= c.GetProperty("attributions").EnumerateArray().Select(a => a.GetProperty("source").GetString()).Distinct().Count()));

    [Fact]
    public void TheSeedArticlesAreInEnglish() =>
        Assert.All(seed.DocumentsOf("004").Concat(seed.DocumentsOf("000")), d => Assert.Equal("en", d.GetProperty("language").GetString()));
}
