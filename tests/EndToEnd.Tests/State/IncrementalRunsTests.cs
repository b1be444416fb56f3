using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.State;

/// <summary>With the state store on (the default), a second run reuses unchanged files and marks only new claims.</summary>
public sealed class IncrementalRunsTests
{
    private static JsonElement[] Claims(SeedCopy copy)
    {
        using var json = Digest.Load(copy.Output);
        return json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.Clone()).ToArray();
    }

    [Fact]
    public void ASecondRunOnAnUnchangedCorpusProcessesNothingAndMarksNothingNew()
    {
        using var copy = new SeedCopy();
        var first = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.All(Claims(copy), c => Assert.True(c.GetProperty("new").GetBoolean()));

        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("state: 5 source(s) unchanged (results reused), 0 new or changed, 0 deleted since the last run", second.Stderr);
        Assert.Contains("state: 0 new claim(s) since the last digest", second.Stderr);
        Assert.All(Claims(copy), c => Assert.False(c.GetProperty("new").GetBoolean()));
    }

    [Fact]
    public void TheDeduplicatorReusesItsResultOverAnUnchangedCorpusAndComputesItAgainWhenAFileChanges()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var firstClaims = Claims(copy).Select(c => c.GetProperty("id").GetString() + " " + c.GetProperty("attributions").GetRawText()).ToList();

        var second = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "plain");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("deduplicator: the input is unchanged since the last run: its result is reused", second.Stderr);
        Assert.Equal(firstClaims, Claims(copy).Select(c => c.GetProperty("id").GetString() + " " + c.GetProperty("attributions").GetRawText()));

        File.AppendAllText(Path.Combine(copy.Path, "000_55f6ca14ea345038.txt"), "\nA sentence added since says the camp has a second gate.\n");
        var third = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--log-format", "plain");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain("its result is reused", third.Stderr);
        Assert.Contains(Claims(copy), c => c.GetProperty("text").GetString()!.Contains("camp has a second gate"));
    }

    [Fact]
    public void ANewSourceBringsNewClaimsAndCorroboratesKnownOnesWithoutMakingThemNew()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        File.WriteAllText(Path.Combine(copy.Path, "005_new.txt"), """
            A new report on the camp

            Albanian counter-terrorism police raided the MEK’s base, which has been in the west of the Balkan country since it moved out of Iraq in 2003.
            A brand new sentence that no earlier run has seen says the camp now has a second gate.
            """);

        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("0 deleted since the last run", run.Stderr);
        Assert.Contains("1 new or changed", run.Stderr);

        var claims = Claims(copy);
        var fresh = Assert.Single(claims, c => c.GetProperty("new").GetBoolean());
        Assert.StartsWith("A brand new sentence", fresh.GetProperty("text").GetString());
        var corroborated = claims.Single(c => c.GetProperty("text").GetString()!.Contains("counter-terrorism police raided the MEK’s base"));
        Assert.False(corroborated.GetProperty("new").GetBoolean());
        Assert.Equal(2, corroborated.GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public void NewOnlyDigestsListJustTheNewClaims()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        File.AppendAllText(copy.Pipeline, "digest: { mode: new-only }\n");
        File.WriteAllText(Path.Combine(copy.Path, "005_new.txt"), "Headline here\n\nThis is the only sentence in the corpus that is new today.\n");
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        var claim = Assert.Single(Claims(copy));
        Assert.True(claim.GetProperty("new").GetBoolean());
    }

    [Fact]
    public void SinceAnEarlierRunMarksWhatThatRunAndLaterOnesFirstSaw()
    {
        using var copy = new SeedCopy();
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);
        Assert.Equal(0, ToolRun.Start(copy.Path, "run", "pipeline.yaml").ExitCode);

        var sinceFirst = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--since", "1");
        Assert.True(sinceFirst.ExitCode == 0, sinceFirst.ToString());
        Assert.All(Claims(copy), c => Assert.True(c.GetProperty("new").GetBoolean()));

        var sinceYesterday = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--since", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        Assert.Equal(0, sinceYesterday.ExitCode);
        Assert.All(Claims(copy), c => Assert.False(c.GetProperty("new").GetBoolean()));

        var bad = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--since", "last tuesday");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("neither a date", bad.Stderr);
    }
}
