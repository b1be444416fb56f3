using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Sharding;

/// <summary>
/// A run split into N map jobs (<c>--shard K/N</c>) and a reduce (<c>--merge-shards</c>) writes the digest one ordinary run
/// writes over the same inputs — the same claims, attributions, documents, stories and ids; only times differ — and a
/// shard that is missing, stale or foreign stops the reduce with a located error before anything is written.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ShardedRunsEqualASingleRunTests
{
    /// <summary>The seeds and several outlets' reports of a few events, in one folder.</summary>
    internal static SeedCopy Corpus()
    {
        var copy = new SeedCopy();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "stories", "corpus")))
            File.Copy(file, Path.Combine(copy.Path, "stories-" + Path.GetFileName(file)));
        return copy;
    }

    private static void Ok(ToolRun run) => Assert.True(run.ExitCode == 0, run.ToString());

    private static void MapAll(SeedCopy copy, int shards, params string[] extra)
    {
        for (var k = 1; k <= shards; k++) Ok(ToolRun.Start(copy.Path, ["run", "pipeline.yaml", "--shard", $"{k}/{shards}", .. extra]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void MapsAndAReduceWriteTheDigestOfOneRun(int shards)
    {
        using var single = Corpus();
        using var sharded = Corpus();
        Ok(ToolRun.Start(single.Path, "run", "pipeline.yaml"));

        MapAll(sharded, shards);
        // Maps write no digest and keep no state: the reduce does both.
        Assert.False(Directory.Exists(sharded.Output));
        Assert.False(File.Exists(Path.Combine(sharded.Path, ".processor", "pipeline.db")));
        Assert.Equal(shards, Directory.GetFiles(Path.Combine(sharded.Path, ".processor", "shards", "pipeline"), "*.pshard").Length);
        var reduce = ToolRun.Start(sharded.Path, "run", "pipeline.yaml", "--merge-shards", ".processor/shards/pipeline", "--log-format", "plain");
        Ok(reduce);
        Assert.Contains($"merging {shards} shard result(s)", reduce.Stderr);

        DigestIndex.AssertEqual(single.Output, sharded.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(single.Output, "digest.md")).Split('\n').Skip(4),
            File.ReadAllText(Path.Combine(sharded.Output, "digest.md")).Split('\n').Skip(4));

        // The reduce committed the state as a run does: an ordinary run next reuses every file and finds nothing new.
        var next = ToolRun.Start(sharded.Path, "run", "pipeline.yaml", "--log-format", "plain");
        Ok(next);
        Assert.Contains("0 new or changed", next.Stderr);
        Assert.Contains("0 new claim(s)", next.Stderr);
    }

    [Fact]
    public void AMissingShardIsALocatedErrorAndNothingIsWritten()
    {
        using var copy = Corpus();
        MapAll(copy, 3);
        File.Delete(Directory.GetFiles(Path.Combine(copy.Path, ".processor", "shards", "pipeline"), "shard-0002-*").Single());

        var reduce = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--merge-shards", ".processor/shards/pipeline");

        Assert.Equal(1, reduce.ExitCode);
        Assert.Contains("has no result for shard 2/3; run: processor run PIPELINE --shard 2/3", reduce.Stderr);
        Assert.False(Directory.Exists(copy.Output));
        Assert.False(File.Exists(Path.Combine(copy.Path, ".processor", "pipeline.db")));
    }

    [Fact]
    public void AnInputChangedSinceItsMapMakesItsShardStale()
    {
        using var copy = Corpus();
        MapAll(copy, 2);
        var changed = Directory.GetFiles(copy.Path, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\nA sentence added after the map jobs ran.\n");

        var reduce = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--merge-shards", ".processor/shards/pipeline");

        Assert.Equal(1, reduce.ExitCode);
        Assert.Matches(@"shard-000\d-of-0002\.pshard: error: is stale: " + System.Text.RegularExpressions.Regex.Escape(Path.GetFileName(changed)) + " changed since the shard was made", reduce.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void AShardOfOtherStagesOrADamagedShardIsRefused()
    {
        using var copy = Corpus();
        MapAll(copy, 2);
        var folder = Path.Combine(copy.Path, ".processor", "shards", "pipeline");
        File.WriteAllText(copy.Pipeline, File.ReadAllText(copy.Pipeline).Replace("boundaries: auto", "boundaries: markers"));

        var stale = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--merge-shards", folder);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("is stale: the pipeline's stages, options, gazetteers or plugin builds changed since it was made", stale.Stderr);

        var first = Directory.GetFiles(folder).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(first);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(first, bytes);
        var damaged = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--merge-shards", folder);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains($"{first}: error: is damaged or cut short", damaged.Stderr);
    }

    [Fact]
    public void ShardArgumentsAreCheckedBeforeAnyWork()
    {
        using var copy = new SeedCopy();
        var bad = ToolRun.Start(copy.Path, "run", "--shard", "4/3");
        var withSince = ToolRun.Start(copy.Path, "run", "--shard", "1/3", "--since", "2026-01-01");

        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("--shard: error: '4/3' is not a shard; write K/N with 1 <= K <= N", bad.Stderr);
        Assert.Equal(1, withSince.ExitCode);
        Assert.Contains("--since does not apply", withSince.Stderr);
    }
}
