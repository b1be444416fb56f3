
namespace EndToEnd.Tests.Facts;

/// <summary>
/// Four outlets on one flood (TestData/flood): two give different numbers of evacuated residents in otherwise equal
/// sentences, two state one fact in other words, two agree on a count, and distractors share a number or a unit with
/// them but count something else. The digest keeps figures apart, links the disagreement and merges the agreement.
/// </summary>
[Collection(FloodDigestCollection.Name)]
public sealed class ReportsOfOneEventTests(FloodDigest flood)
{
    [Fact]
    public void TwoFiguresForTheEvacuatedResidentsAreTwoClaimsAndNeitherClaimsTwoSources()
    {
        var high = flood.Claim("evacuated about 850 residents");
        var low = flood.Claim("evacuated about 600 residents");
        Assert.NotEqual(high.GetProperty("id").GetString(), low.GetProperty("id").GetString());
        Assert.Equal(["tirana-times.txt"], flood.FilesOf(high));
        Assert.Equal(["balkan-wire.html"], flood.FilesOf(low));
        Assert.Equal(1, high.GetProperty("independentSources").GetInt32());
        Assert.Equal(1, low.GetProperty("independentSources").GetInt32());
    }

    [Fact]
    public void TheEvacuationFiguresAreOneConflict()
    {
        var conflict = flood.Root.GetProperty("conflicts").EnumerateArray()
            .Single(c => c.GetProperty("quantity").GetString()!.StartsWith("resident", StringComparison.Ordinal));
        var texts = conflict.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("text").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["about 600", "about 850"], texts);
    }

    [Fact]
    public void FiguresThatCountSomethingElseAreInNoConflict()
    {
        // 600 soldiers share a number with 600 residents; 300 and 40 years share a unit.
        var linked = flood.Root.GetProperty("conflicts").EnumerateArray()
            .SelectMany(c => c.GetProperty("values").EnumerateArray()).Select(v => v.GetProperty("text").GetString()).ToList();
        Assert.DoesNotContain("About 600", linked);
        Assert.DoesNotContain("300", linked);
        Assert.DoesNotContain("40", linked);
    }

    [Fact]
    public void OneFactInOtherWordsIsOneClaimWithBothSources()
    {
        var deaths = flood.Claim("killed two people");
        Assert.Equal(["balkan-wire.html", "tirana-times.txt"], flood.FilesOf(deaths));
        Assert.Equal(2, deaths.GetProperty("independentSources").GetInt32());
        Assert.Contains(deaths.GetProperty("attributions").EnumerateArray(), a => a.GetProperty("match").GetString() == "paraphrase");
    }

    [Fact]
    public void TwoOutletsGivingOneCountAreLinkedAsOneFact()
    {
        var fact = flood.Root.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("basis").GetString()!.StartsWith("home", StringComparison.Ordinal));
        Assert.Equal(2, fact.GetProperty("claims").GetArrayLength());
    }

    [Theory]
    [InlineData("We had ten minutes to leave", "quote", "Arben Hoxha")]
    [InlineData("Nobody will be left to rebuild alone", "quote", "Edi Rama")]
    [InlineData("the river began to fall on Wednesday afternoon", "fact", null)]
    public void ClaimsSayTheirKindAndSpeaker(string part, string kind, string? speaker)
    {
        var claim = flood.Claim(part);
        Assert.Equal(kind, claim.GetProperty("kind").GetString());
        Assert.Equal(speaker, claim.GetProperty("speaker").GetString());
    }

    [Fact]
    public void QuestionsCaptionsBiosAndCallsForCommentAreNoClaims() =>
        Assert.DoesNotContain(flood.Claims, c => c.GetProperty("text").GetString() is var t
            && (t!.EndsWith('?') || t.StartsWith("Photo", StringComparison.Ordinal) || t.Contains("freelance journalist", StringComparison.Ordinal)
                || t.Contains("request for comment", StringComparison.Ordinal)));

    [Fact]
    public void TheConflictIsShownOnThePage()
    {
        var html = File.ReadAllText(Path.Combine(flood.Output, "digest.html"));
        Assert.Contains("sources disagree", html);
        Assert.Contains("about 850", html);
        Assert.Contains("about 600", html);
    }
}
