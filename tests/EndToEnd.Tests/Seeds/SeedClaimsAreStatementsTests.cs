using System.Text.RegularExpressions;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>
/// On the seeds, no question, interviewer's turn, author biography, caption, call for comment, footnote mark or "++"
/// bullet is a fact claim: each is left out of the claims or carries its kind.
/// </summary>
[Collection(SeedDigestCollection.Name)]
public sealed partial class SeedClaimsAreStatementsTests(SeedDigest seed)
{
    private IEnumerable<(string Text, string? Kind)> Claims =>
        seed.Root.GetProperty("claims").EnumerateArray().Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("kind").GetString()));

    [Fact]
    public void NoFactClaimIsAQuestionOrAnInterviewersTurn() =>
        Assert.DoesNotContain(Claims, c => c.Kind == "fact" && (c.Text.TrimEnd('”', '"', ' ').EndsWith('?') || c.Text.StartsWith("BP:", StringComparison.Ordinal)));

    [Fact]
    public void NoClaimStartsWithAFootnoteMarkOrABullet() =>
        Assert.DoesNotContain(Claims, c => FootnoteOrBullet().IsMatch(c.Text));

    [Fact]
    public void NoFactClaimIsACallForCommentABiographyOrACaption() =>
        Assert.DoesNotContain(Claims, c => c.Kind == "fact" && (c.Text.Contains("for comment", StringComparison.Ordinal)
            || c.Text.StartsWith("She is an independent researcher", StringComparison.Ordinal) || c.Text.StartsWith("Photo", StringComparison.Ordinal)));

    [Fact]
    public void EveryClaimHasAKind() =>
        Assert.All(Claims, c => Assert.Contains(c.Kind, new[] { "fact", "opinion", "quote", "question", "testimony" }));

    [GeneratedRegex(@"^(?:\[\d+\]|\+\+|\*\*)")]
    private static partial Regex FootnoteOrBullet();
}
