using Processor.Abstractions;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Copies of one sentence may be tagged differently where they stand (a quote in one report, a bare fact in another):
/// the merged claim keeps every other tag but one kind, the canonical wording's.
/// </summary>
public sealed class AMergedClaimHasOneKindTests
{
    [Fact]
    public void TheCanonicalWordingsKindWinsAndOtherTagsAreKept()
    {
        const string text = "The Commodity Credit Corporation accepted a bid for an export bonus to cover 12,500 tonnes of flour.";
        var quoted = Dedup.Claim(text, "a", 10) with
        {
            Tags = [new Tag(TagKinds.ClaimKind, "quote"), new Tag(TagKinds.Speaker, "Agriculture Department")],
        };
        var bare = Dedup.Claim(text, "b", 99) with { Tags = [new Tag(TagKinds.ClaimKind, "fact"), new Tag(TagKinds.Name, "Commodity Credit Corporation")] };

        var claim = Assert.Single(Dedup.Run([quoted, bare]).Claims);

        Assert.Equal("quote", Assert.Single(claim.Tags, t => t.Kind == TagKinds.ClaimKind).Value);
        Assert.Contains(claim.Tags, t => t.Kind == TagKinds.Speaker);
        Assert.Contains(claim.Tags, t => t.Kind == TagKinds.Name);
    }
}
