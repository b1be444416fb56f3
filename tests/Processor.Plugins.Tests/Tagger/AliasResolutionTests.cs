using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tests.Tagger;

public sealed class AliasResolutionTests
{
    private static readonly Entity Mek = new("mek", "MEK", "organization",
        ["MEK", "MKO", "PMOI", "Mojahedin-e Khalq", "Mujahedin Khalq Organization", "People's Mojahedin Organization of Iran"]);

    private static readonly AliasMatcher Matcher = new(Mek.Aliases.Select(a => (a, Mek)));

    [Theory]
    [InlineData("The MKO said so.", "MKO")]
    [InlineData("members of the PMOI gathered", "PMOI")]
    [InlineData("the Mujahedin Khalq Organization (MKO) has", "Mujahedin Khalq Organization")]
    [InlineData("People’s Mojahedin Organization of Iran (MEK)", "People’s Mojahedin Organization of Iran")]
    [InlineData("the mojahedin-e khalq group", "mojahedin-e khalq")]
    public void EveryAliasResolvesToTheSameEntity(string text, string matched)
    {
        var match = Matcher.Find(text).First();
        Assert.Equal("mek", match.Entity.Id);
        Assert.Equal(matched, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("a smekta of words")]
    [InlineData("the mek was small")]          // an all-capitals alias must match its case
    [InlineData("MEKONG river")]
    public void AliasesMatchOnlyWholeWordsAndAcronymsOnlyInCapitals(string text) => Assert.Empty(Matcher.Find(text));

    [Fact]
    public void ThousandsOfAliasesAreMatchedInOnePass()
    {
        var entities = Enumerable.Range(0, 2000).Select(i => new Entity($"e{i}", $"Entity {i}", "other", [$"Alias Number {i}"])).ToList();
        var matcher = new AliasMatcher(entities.SelectMany(e => e.Aliases.Select(a => (a, e))));
        var found = matcher.Find("we met Alias Number 1999 and Alias Number 7 today").Select(m => m.Entity.Id).ToList();
        Assert.Equal(["e1999", "e7"], found);
    }
}
