using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>The splitter's and tagger's expectations on the real seed corpus.</summary>
[Collection(SeedDigestCollection.Name)]
public sealed class SeedArticlesAreFoundTests(SeedDigest seed)
{
    [Theory]
    [InlineData("000", 1)]
    [InlineData("002", 10)]
    [InlineData("003", 9)]
    [InlineData("004", 1)]
    public void EachFileYieldsOneDocumentPerRealArticle(string file, int articles) =>
        Assert.Equal(articles, seed.DocumentsOf(file).Count());

    [Fact]
    public void TheTenGluedArticlesOf001AreSeparated()
    {
        var starts = seed.DocumentsOf("001").Select(d => d.GetProperty("span").GetProperty("line").GetInt32()).ToList();
        Assert.Equal(10, starts.Count);
        // Sign-off, acronym re-definitions, dateline, trailing bylines and a reference list mark these starts.
        Assert.Equal([1, 6, 22, 50, 117, 130, 143, 150, 173, 224], starts);
    }

    [Fact]
    public void NoDocumentOf000StartsAtASubHeading()
    {
        var doc = Assert.Single(seed.DocumentsOf("000"));
        Assert.Equal(1, doc.GetProperty("span").GetProperty("line").GetInt32());
        Assert.Equal("The Final Decline of a Terrorist Group: MEK's Black Record Over the Past Year", doc.GetProperty("title").GetString());
    }

    [Fact]
    public void ThePostsOf002CarryTheirHeadlinesAndDates()
    {
        var posts = seed.DocumentsOf("002").ToList();
        Assert.Equal("How one terror group killed 12k Iranians", posts[0].GetProperty("title").GetString());
        Assert.Equal("MEK Terrorist Cult Members In Albania Who Mustn’t Think About Sex", posts[3].GetProperty("title").GetString());
        Assert.All(posts, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("title").GetString())));
        Assert.Equal(["2019-11-16", "2019-11-13", "2019-11-13", "2019-11-12", "2019-11-11", "2019-11-10", "2019-11-10", "2019-11-09", "2019-11-09", "2019-11-07"],
            posts.Select(p => p.GetProperty("published").GetString()));
    }

    [Fact]
    public void BylinesGiveAuthorsAndTheDomainGivesThePublisher()
    {
        var posts = seed.DocumentsOf("002").ToList();
        Assert.Equal(["Linda Pressly", "Albana Kasapi"], posts[3].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Eldar Mamedov"], posts[9].GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(seed.DocumentsOf("001"), d => d.GetProperty("authors").EnumerateArray().Any(a => a.GetString() == "Ali Alavi"));
        var article = Assert.Single(seed.DocumentsOf("004"));
        Assert.Equal("middleeasteye.net", article.GetProperty("publisher").GetString());
        Assert.Equal(["Alex MacDonald"], article.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void NoClaimContainsNavigationShareCommentOrFooterText()
    {
        var banned = new[] { "FacebookTwitter", "0 comments", "Back To Top", "Newer Posts", "Older Posts", "Recent Posts", "©", "Leave a Comment", "You may also like", "Home »", "Read more" };
        foreach (var claim in seed.Root.GetProperty("claims").EnumerateArray())
        foreach (var a in claim.GetProperty("attributions").EnumerateArray())
            Assert.DoesNotContain(banned, b => Digest.QuoteOf(claim, a)!.Contains(b));
    }

    [Fact]
    public void TheRepeatedMafiaCultSentenceIsOneClaimWithTwoAttributions()
    {
        var claim = seed.Root.GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("text").GetString()!.StartsWith("According to him, MEK is a mafia cult and chose Albania"));
        Assert.Equal(2, claim.GetProperty("attributions").GetArrayLength());
    }

    [Fact]
    public void RepublishedPostsNameTheirOutletAndTheHostingSite()
    {
        var posts = seed.DocumentsOf("002").ToList();
        Assert.All(posts, p => Assert.Equal("NEJAT Society", p.GetProperty("site").GetString()));
        Assert.Equal("BBC News", posts[3].GetProperty("publisher").GetString());
    }
}
