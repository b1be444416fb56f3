using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Two wire desks (TestData/wire-figures) with sentences that say the same thing except for a figure. Only reports of
/// one event disagree: the same story the same day with a figure changed (3.92 against 5.92 mln dlrs). One template
/// about another company (Synergen / MarkitStar), the same line on another day (the Bank of England on April 7 and
/// April 21), two reports that give the same figures ("to 15.9 pct from 18.6 pct") and two sentences that change every
/// figure (two bond tranches of one issuer) are no conflicts.
/// </summary>
public sealed class AlikeWireLinesConflictOnlyAsOneEventTests
{
    private static readonly Lazy<Corpus> Digest = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "wire-figures");
        var documents = ImmutableArray.CreateBuilder<Document>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            documents.AddRange(Chain.SplitAndTag(File.ReadAllText(file), Path.GetFileName(file)).Documents);
        return Dedup.Run(Chain.ClaimsOf(documents), documents: documents.ToImmutable());
    });

    private static List<List<string>> Conflicts() =>
        [.. Digest.Value.Links.Where(l => l.Kind == ClaimLinkKind.Conflict).Select(l => l.Claims.Select(c => c.Text!).Order(StringComparer.Ordinal).ToList())];

    [Fact]
    public void TheSameStoryTheSameDayWithAnotherFigureIsAConflict() =>
        Assert.Contains(["3.92 mln", "5.92 mln"], Conflicts());

    [Fact]
    public void OtherSubjectsOtherDaysAndEqualFiguresAreNot()
    {
        var values = Conflicts().SelectMany(c => c).ToList();
        Assert.DoesNotContain("1,500,000", values);
        Assert.DoesNotContain("284 mln", values);
        Assert.DoesNotContain("15.9", values);
        Assert.Single(Conflicts());
    }

    /// <summary>Two tranches of one issuer the same day change every figure (200 / 60 mln dlrs, 7 / 9 pct, 101 / 99 pct): two bonds, not two accounts of one.</summary>
    [Fact]
    public void SentencesThatChangeEveryFigureAreNotOneStatement()
    {
        var values = Conflicts().SelectMany(c => c).ToList();
        Assert.DoesNotContain("200 mln", values);
        Assert.DoesNotContain("7", values);
    }

    [Fact]
    public void WireMoneyIsMoneyInItsCurrency()
    {
        var figure = Digest.Value.Claims.SelectMany(c => c.Tags).First(t => t.Kind == TagKinds.Figure && t.Get(TagKeys.Text) == "3.92 mln");
        Assert.Equal("3920000", figure.Value);
        Assert.Equal("money", figure.Get(TagKeys.Measure));
        Assert.Equal("amount (dlr)", Digest.Value.Links.Single(l => l.Kind == ClaimLinkKind.Conflict).Basis);
    }
}
