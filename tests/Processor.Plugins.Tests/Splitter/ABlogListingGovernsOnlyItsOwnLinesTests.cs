using Processor.Abstractions;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// A scrape that glued a blog listing (posts each closed by a "date + comments" line) after twelve wire stories
/// (TestData/newswire/wire-then-blog-listing.txt): the listing's posts are cut at their post lines, and the stories before
/// it are still cut at their datelines. The whole file had been read as one listing, so every story before its first
/// post became one article (on a 50 MB newswire file, 160,000 sentences in one document).
/// </summary>
public sealed class ABlogListingGovernsOnlyItsOwnLinesTests
{
    private static SourceResult Split() => Chain.SplitTestFile("newswire", "wire-then-blog-listing.txt");

    [Fact]
    public void TheWireStoriesBeforeTheListingAreArticlesOfTheirOwn()
    {
        var documents = Split().Documents;
        var stories = documents.Where(d => d.Title?.EndsWith("SHIPMENTS RISE IN WEEK", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(12, stories.Count);
        Assert.All(stories, s => Assert.EndsWith("REUTER", s.Sentences[^1].Text));
    }

    [Fact]
    public void TheListingsPostsAreCutAtTheirPostLines()
    {
        var documents = Split().Documents;
        var posts = documents.Where(d => d.BoundaryReason?.StartsWith("the post date and comment count", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["New library hours announced", "Bakery wins regional prize"], posts.Select(p => p.Title));
        // The first post starts where ordinary text rules find it (its headline after the last story), not at the file's start.
        Assert.Equal("Volunteers clean the river banks", documents[^3].Title);
        Assert.Equal(15, documents.Length);
    }
}
