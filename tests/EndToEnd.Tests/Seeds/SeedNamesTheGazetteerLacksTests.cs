using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

/// <summary>The digest lists frequent capitalised names that seeds/entities.yaml does not know: candidates for it.</summary>
[Collection(SeedDigestCollection.Name)]
public sealed class SeedNamesTheGazetteerLacksTests(SeedDigest seed)
{
    private List<(string Name, int Claims)> Names() =>
        [.. seed.Root.GetProperty("names").EnumerateArray().Select(n => (n.GetProperty("name").GetString()!, n.GetProperty("claims").GetInt32()))];

    [Fact]
    public void FrequentNamesOutsideTheGazetteerAreListed()
    {
        var names = Names();
        Assert.Contains(names, n => n.Name == "Soraya Sepahpour-Ulrich" && n.Claims >= 2);
        // A spelling the gazetteer lacks ("Hassan Heyrani" is in it): exactly what a user should add as an alias.
        Assert.Contains(names, n => n.Name == "Hassan Hayrani");
        Assert.All(names, n => Assert.True(n.Claims >= 2, $"{n.Name}: {n.Claims} claim(s)"));
    }

    [Fact]
    public void NamesTheGazetteerKnowsAreNotListed()
    {
        var known = File.ReadAllLines(Path.Combine(Repo.Seeds, "entities.yaml"))
            .Where(l => l.TrimStart().StartsWith("name:", StringComparison.Ordinal))
            .Select(l => l.Split("name:", 2)[1].Trim()).ToList();
        Assert.Contains("Maryam Rajavi", known);
        Assert.DoesNotContain(Names(), n => known.Contains(n.Name));
    }
}
