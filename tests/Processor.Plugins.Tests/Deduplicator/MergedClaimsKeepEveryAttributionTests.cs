using System.Collections.Immutable;
using CsCheck;
using Processor.Abstractions;

namespace Processor.Plugins.Tests.Deduplicator;

public sealed class MergedClaimsKeepEveryAttributionTests
{
    [Fact]
    public void ExactDuplicatesBecomeOneClaimWithBothSources()
    {
        var corpus = Dedup.Run([
            Dedup.Claim("According to him, MEK is a mafia cult and chose Albania.", "a", 10),
            Dedup.Claim("According to him, MEK is a “mafia” cult and chose Albania!", "b", 99),
            Dedup.Claim("Something else entirely happened in Paris last June.", "a", 300),
        ]);
        var merged = corpus.Claims.Single(c => c.Attributions.Length == 2);
        Assert.Equal(["a", "b"], merged.Attributions.Select(a => a.SourceId));
        Assert.Equal(2, merged.SourceCount);
        Assert.Contains(corpus.Merges, m => m.Method == "exact" && m.KeptId == merged.Id);
        Assert.Equal(2, corpus.Claims.Length);
    }

    [Fact]
    public void NearDuplicatesAreMergedWithTheirSimilarity()
    {
        var corpus = Dedup.Run([
            Dedup.Claim("Albanian counter-terrorism police raided the MEK base in the west of the country on Tuesday.", "a", 0),
            Dedup.Claim("Albanian counterterrorism police raided the MEK's base in the west of the country on Tuesday morning.", "b", 0),
        ]);
        var claim = Assert.Single(corpus.Claims);
        Assert.Equal(2, claim.Attributions.Length);
        Assert.InRange(claim.Attributions[1].Similarity, 0.7, 0.99);
    }

    private static readonly Gen<ImmutableArray<Claim>> Claims =
        Gen.Select(Gen.OneOf<string>("The camp is in Albania.", "The camp is in Albania!", "Police raided the camp on Tuesday.",
                "Police raided the camp on Tuesday morning.", "The group moved to Iraq in 1986.", "A different sentence about Paris."),
            Gen.OneOf<string>("a", "b", "c"), Gen.Int[0, 5000])
            .Select((text, source, offset) => Dedup.Claim(text, source, offset))
            .Array[1, 30]
            .Select(a => a.DistinctBy(c => (c.Attributions[0].SourceId, c.Attributions[0].Span.Start)).ToImmutableArray());

    [Fact]
    public void NoAttributionIsEverLost()
    {
        Claims.Sample(claims =>
        {
            var corpus = Dedup.Run(claims);
            Assert.Equal(claims.Length, corpus.Claims.Sum(c => c.Attributions.Length));
            Assert.Equal(claims.Select(c => c.Attributions[0].SentenceId).Order(), corpus.Claims.SelectMany(c => c.Attributions).Select(a => a.SentenceId).Order());
        });
    }

    [Fact]
    public void TheResultDoesNotDependOnInputOrder()
    {
        Gen.Select(Claims, Gen.Int).Sample((claims, seed) =>
        {
            var shuffled = claims.OrderBy(c => HashCode.Combine(c.Id, seed)).ToImmutableArray();
            Assert.Equal(Describe(Dedup.Run(claims)), Describe(Dedup.Run(shuffled)));
        });
    }

    private static string Describe(Corpus corpus) =>
        string.Join("\n", corpus.Claims.Select(c => $"{c.Id} {c.Text} [{string.Join(",", c.Attributions.Select(a => $"{a.SentenceId}:{a.Similarity}"))}]"));

    [Fact]
    public void ClaimIdsStayUniqueWhenExactMergingIsOff()
    {
        var corpus = Dedup.Run([
            Dedup.Claim("The camp is in the west of Albania near the coast.", "a", 0),
            Dedup.Claim("The camp is in the west of Albania near the coast.", "b", 0),
        ], new Processor.Plugins.Deduplicator.DeduplicatorOptions { Exact = false });
        Assert.Equal(corpus.Claims.Length, corpus.Claims.Select(c => c.Id).Distinct().Count());
        Assert.Equal(2, corpus.Claims.Sum(c => c.Attributions.Length));
    }
}
