using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Corroboration counts independent reports: two articles of one file (a page quoting another article) are one
/// report, and so are two articles of one publisher; articles of different files and publishers are two.
/// </summary>
public sealed class IndependentReportsCountOnceTests
{
    private const string Sentence = "The river burst its banks on Monday night and flooded the lower town.";

    private static int IndependentSources(params (string Source, string Document, string? Publisher)[] places)
    {
        var claims = places.Select((p, i) => new Claim($"c{i}", Sentence,
            [new Attribution(p.Source, p.Document, $"{p.Document}.1", new SourceSpan(p.Source, 0, Sentence.Length, 1, 1), Sentence)])).ToImmutableArray();
        var documents = places.Select(p => new Document(p.Document, p.Source, new SourceSpan(p.Source, 0, 100, 1, 1)).With(DocumentMetadata.Publisher, p.Publisher))
            .DistinctBy(d => d.Id).ToImmutableArray();
        // The document level would call two one-sentence articles copies of each other: here only files and publishers count.
        return Dedup.Run(claims, new DeduplicatorOptions { Documents = false }, documents).Claims.Single().IndependentSources;
    }

    [Fact]
    public void TwoArticlesOfOneFileAreOneReport() => Assert.Equal(1, IndependentSources(("a", "a-01", null), ("a", "a-02", null)));

    [Fact]
    public void TwoFilesOfOnePublisherAreOneReport() => Assert.Equal(1, IndependentSources(("a", "a-01", "Tirana Times"), ("b", "b-01", "tirana times")));

    [Fact]
    public void TwoFilesOfTwoPublishersAreTwoReports() => Assert.Equal(2, IndependentSources(("a", "a-01", "Tirana Times"), ("b", "b-01", "Balkan Wire")));

    /// <summary>
    /// Scrape files of several stories each, where a story of one file is copied into the next: file a holds stories 1
    /// and 2, file b a copy of 2 and story 3, file c a copy of 3 and story 4. A sentence that stories 1 and 4 both state
    /// comes from two reports — the chain of files and copies between them is no reason to count them once.
    /// </summary>
    [Fact]
    public void FilesLinkedOnlyThroughOtherStoriesStayIndependent()
    {
        string[] harbour =
        [
            "The council voted on Tuesday to close the old harbour bridge to all heavy traffic from next month.",
            "Engineers told councillors that the bridge had lost a fifth of its strength in the last ten years.",
        ];
        string[] school =
        [
            "Parents gathered outside the primary school on Wednesday to protest against the planned merger.",
            "The education office says that the two schools together have fewer than three hundred pupils now.",
        ];
        string[] harvest =
        [
            "Olive growers expect the smallest harvest in a decade after a dry spring and a very hot summer.",
            "Several cooperatives have asked the ministry for help with the cost of watering their groves.",
        ];
        string[] ferry =
        [
            "A new ferry link to the southern islands will start in June with two crossings on each day.",
            "Tickets will cost about half as much as on the private boats that serve the islands today.",
        ];
        const string shared = "A spokesman for the regional transport authority said the decision was overdue and welcome.";
        var files = new (string Source, string[][] Stories)[]
        {
            ("a", [[.. harbour, shared], school]),
            ("b", [school, harvest]),
            ("c", [harvest, [.. ferry, shared]]),
        };
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var (source, stories) in files)
            for (var d = 0; d < stories.Length; d++)
            {
                var id = $"{source}-0{d + 1}";
                documents.Add(new Document(id, source, new SourceSpan(source, d * 1000, d * 1000 + 999, 1, 1)));
                for (var k = 0; k < stories[d].Length; k++)
                {
                    var start = d * 1000 + k * 200;
                    claims.Add(new Claim($"c-{id}.{k}", stories[d][k],
                        [new Attribution(source, id, $"{id}.{k + 1}", new SourceSpan(source, start, start + stories[d][k].Length, 1, 1), stories[d][k])]));
                }
            }

        var corpus = Dedup.Run(claims.ToImmutable(), documents: documents.ToImmutable());

        Assert.Equal(2, corpus.Claims.Single(c => c.Text == shared).IndependentSources);
        // The copied stories still count once.
        Assert.Equal(1, corpus.Claims.Single(c => c.Text == school[0]).IndependentSources);
    }
}
