using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>An article and its copy are one independent report; with <c>documents: false</c> every document counts.</summary>
public sealed class SyndicatedCopiesCountOnceTests
{
    private static readonly string[] Article = Dedup.RaidStory;

    private static ImmutableArray<Claim> Claims() =>
    [
        .. Article.Select((text, n) => Dedup.Claim(text, "a", n * 200)),
        .. Article.Select((text, n) => Dedup.Claim(text, "b", n * 200)),
        Dedup.Claim(Article[0], "c", 0),
    ];

    private static Corpus Run(bool documents)
    {
        var options = new DeduplicatorOptions { Documents = documents };
        var docs = new[] { "a", "b", "c" }.Select(s => new Document(s + "-01", s, new SourceSpan(s, 0, 600, 1, 3))).ToImmutableArray();
        return Dedup.Run(Claims(), options, docs);
    }

    [Fact]
    public void ACopiedArticleCountsOnceAsAnIndependentSource()
    {
        var corpus = Run(documents: true);
        var raid = corpus.Claims.Single(c => c.Text == Article[0]);
        Assert.Equal(3, raid.Attributions.Length);
        Assert.Equal(2, raid.IndependentSources);
        Assert.Contains(corpus.Merges, m => m.Level == "document");
    }

    [Fact]
    public void WithoutTheDocumentLevelEveryDocumentCounts()
    {
        var corpus = Run(documents: false);
        var raid = corpus.Claims.Single(c => c.Text == Article[0]);
        Assert.Equal(3, raid.Attributions.Length);
        Assert.Equal(3, raid.IndependentSources);
        Assert.DoesNotContain(corpus.Merges, m => m.Level == "document");
    }
}
