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
        var documents = places.Select(p => new Document(p.Document, p.Source, new SourceSpan(p.Source, 0, 100, 1, 1)) { Publisher = p.Publisher })
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
}
