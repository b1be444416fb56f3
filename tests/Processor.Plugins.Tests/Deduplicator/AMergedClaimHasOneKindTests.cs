using Processor.Abstractions;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Copies of one sentence may be tagged differently where they stand (a quote in one report, a bare fact in another):
/// the merged claim keeps every other tag but one kind and one speaker, the canonical wording's. A near copy in other
/// words lends it no tag: its names and speaker describe its own words.
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

    [Fact]
    public void ANearCopysSpeakerAndNamesAreNotTheClaims()
    {
        const string text = "Terms of the sale of the French battery unit to a group of investors were not disclosed on Thursday.";
        var bare = Dedup.Claim(text, "a", 10) with { Tags = [new Tag(TagKinds.ClaimKind, "fact")] };
        var near = Dedup.Claim(text.Replace("on Thursday.", "on Thursday, NOTE said."), "b", 99) with
        {
            Tags = [new Tag(TagKinds.ClaimKind, "quote"), new Tag(TagKinds.Speaker, "NOTE"), new Tag(TagKinds.Name, "Gould Inc")],
        };

        var claim = Assert.Single(Dedup.Run([bare, near]).Claims);

        Assert.Equal(2, claim.Attributions.Length);
        Assert.Equal(MatchKind.Near, claim.Attributions[1].Match);
        Assert.Equal(new Tag(TagKinds.ClaimKind, "fact"), Assert.Single(claim.Tags));
    }

    [Fact]
    public void ExactCopiesWithTwoSpeakersKeepOne()
    {
        const string text = "The bank will lend 200 million dollars for the dredging work on the Gulf coast channels.";
        var first = Dedup.Claim(text, "a", 10) with { Tags = [new Tag(TagKinds.Speaker, "Bank of Ireland").With(TagKeys.Verb, "said")] };
        var second = Dedup.Claim(text, "b", 99) with { Tags = [new Tag(TagKinds.Speaker, "NOTE").With(TagKeys.Verb, "answered")] };

        var claim = Assert.Single(Dedup.Run([first, second]).Claims);

        Assert.Equal("Bank of Ireland", Assert.Single(claim.Tags, t => t.Kind == TagKinds.Speaker).Value);
    }
}
