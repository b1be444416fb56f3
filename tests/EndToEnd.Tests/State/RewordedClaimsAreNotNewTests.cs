using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.State;

/// <summary>
/// A claim reported in an earlier run and reworded since (no exact copy of the old wording left in the corpus)
/// is recognised through what the deduplicator keeps in the state store, and is not marked new.
/// </summary>
public sealed class RewordedClaimsAreNotNewTests
{
    [Fact]
    public void ARewordedClaimKeepsItsFirstSightingAndAnUnrelatedOneIsNew()
    {
        using var copy = new SeedCopy();
        var first = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstSighting = FirstSeen(copy, "counter-terrorism police raided the MEK’s base");

        // The original wording leaves the corpus; a reworded copy arrives with one sentence nobody has seen.
        File.Delete(Path.Combine(copy.Path, "004_c8e19de521363987.txt"));
        File.WriteAllText(Path.Combine(copy.Path, "005_reworded.txt"), """
            Raid on the camp

            On Tuesday morning, Albanian counter-terrorism officers raided the MEK’s base, which has been in the west of the Balkan country since it moved from Iraq in 2003.
            A sentence that no earlier run has seen says the camp has now opened a second gate to the road.
            """);
        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(second.ExitCode == 0, second.ToString());

        using var json = Digest.Load(copy.Output);
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        var reworded = claims.Single(c => c.GetProperty("text").GetString()!.Contains("counter-terrorism officers raided"));
        Assert.False(reworded.GetProperty("new").GetBoolean(), reworded.ToString());
        var unrelated = claims.Single(c => c.GetProperty("text").GetString()!.StartsWith("A sentence that no earlier run", StringComparison.Ordinal));
        Assert.True(unrelated.GetProperty("new").GetBoolean());
        Assert.Equal(firstSighting, reworded.GetProperty("firstSeen").GetString());
    }

    private static string FirstSeen(SeedCopy copy, string text)
    {
        using var json = Digest.Load(copy.Output);
        return json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.Contains(text)).GetProperty("firstSeen").GetString()!;
    }

    [Fact]
    public void WithNothingRememberedTheRewordedClaimIsNew()
    {
        using var copy = new SeedCopy();
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("      threshold: 0.55", "      threshold: 0.55\n      remember: 0"));
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        File.Delete(Path.Combine(copy.Path, "004_c8e19de521363987.txt"));
        File.WriteAllText(Path.Combine(copy.Path, "005_reworded.txt"), """
            Raid on the camp

            On Tuesday morning, Albanian counter-terrorism officers raided the MEK’s base, which has been in the west of the Balkan country since it moved from Iraq in 2003.
            """);
        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(second.ExitCode == 0, second.ToString());
        using var json = Digest.Load(copy.Output);
        var reworded = json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.Contains("counter-terrorism officers raided"));
        Assert.True(reworded.GetProperty("new").GetBoolean());
    }
}
