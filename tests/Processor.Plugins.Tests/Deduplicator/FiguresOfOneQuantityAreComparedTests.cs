using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Tagger;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Conflicts and agreements between reports through the figures they state (TestData/quantities: three outlets on one
/// camp). Counts of one thing about one subject in one place are compared; what is only supposed, what counts something
/// else ("former members"), durations and sums of money are not.
/// </summary>
public sealed class FiguresOfOneQuantityAreComparedTests
{
    private static readonly Lazy<Corpus> Digest = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "quantities");
        var tagger = new TaggerOptions { Gazetteer = Path.Combine(folder, "entities.yaml") };
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            documents.AddRange(Chain.SplitAndTag(File.ReadAllText(file), Path.GetFileName(file), tagger).Documents);
        return Dedup.Run(Chain.ClaimsOf(documents), documents: documents.ToImmutable());
    });

    private static IEnumerable<(string Text, string Claim)> Values(ClaimLink link)
    {
        var claims = Digest.Value.Claims.ToDictionary(c => c.Id);
        return link.Claims.Select(m => (m.Text!, claims[m.ClaimId].Text));
    }

    private static ClaimLink ConflictOn(string quantity) =>
        Digest.Value.Links.Single(l => l.Kind == ClaimLinkKind.Conflict && l.Basis.StartsWith(quantity, StringComparison.Ordinal));

    [Fact]
    public void MembersInOnePlaceCountedDifferentlyByTwoReportsAreAConflict()
    {
        var texts = Values(ConflictOn("member · Blue Crescent movement")).Select(v => v.Text).ToList();
        Assert.Contains("around 2,400", texts);
        Assert.Contains("Some 3,000", texts);
        // The third report agrees with the first, and is listed with them.
        Assert.Contains("Around 2,400", texts);
    }

    [Fact]
    public void ASupposedFigureAndOneThatCountsSomethingElseAreLeftOut()
    {
        var texts = Values(ConflictOn("member · Blue Crescent movement")).Select(v => v.Text).ToList();
        Assert.DoesNotContain("5,000", texts);
        Assert.DoesNotContain("Forty", texts);
    }

    [Fact]
    public void DurationsAndSumsOfMoneyAreNeverLinedUp() =>
        Assert.DoesNotContain(Digest.Value.Links, l => l.Basis.StartsWith("year", StringComparison.Ordinal) || l.Basis.Contains("USD", StringComparison.Ordinal));

    [Fact]
    public void OneCountFromTwoReportsIsOneFactStatedTwice()
    {
        var fact = Digest.Value.Links.Single(l => l.Kind == ClaimLinkKind.SameFact && l.Basis.StartsWith("people", StringComparison.Ordinal));
        Assert.Equal(["As many as 12,000", "More than 12,000"], Values(fact).Select(v => v.Text).Order(StringComparer.Ordinal));
    }
}
