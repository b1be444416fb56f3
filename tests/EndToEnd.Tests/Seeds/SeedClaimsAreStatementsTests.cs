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
    /// <summary>Every claim of the run (the index), not only the briefing's.</summary>
    private IEnumerable<(string Text, string? Kind, string? Speaker)> Claims =>
        File.ReadLines(Path.Combine(seed.Output, "index", "claims.jsonl")).Where(l => l.Length > 0).Select(l =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(l);
            var c = json.RootElement;
            return (c.GetProperty("text").GetString()!, c.GetProperty("kind").GetString(),
                c.TryGetProperty("speaker", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String ? s.GetString() : null);
        }).ToList();

    [Fact]
    public void NoFactClaimIsAQuestionOrAnInterviewersTurn() =>
        Assert.DoesNotContain(Claims, c => c.Kind == "fact" && (c.Text.TrimEnd('”', '"', ' ').EndsWith('?') || c.Text.StartsWith("BP:", StringComparison.Ordinal)));

    /// <summary>
    /// "MEK Testimonies: How to brainwash young Albanians" (002) heads a television report; taking its first words for an
    /// interviewer made every line of the report a question by "MEK Testimonies". The two defectors' labelled turns
    /// below it are their own words, neither of them an interviewer's.
    /// </summary>
    [Fact]
    public void AHeadlineWithAColonIsNoInterviewer()
    {
        Assert.DoesNotContain(Claims, c => c.Speaker == "MEK Testimonies");
        Assert.Contains(Claims, c => c.Text.StartsWith("Built a few years ago, this camp holds", StringComparison.Ordinal) && c.Kind == "fact");
        Assert.DoesNotContain(Claims, c => c.Kind == "question" && c.Speaker is "Farid Shakarami" or "Rahman Mohammadian");
    }

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
