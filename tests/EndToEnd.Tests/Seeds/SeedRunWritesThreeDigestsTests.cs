using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Seeds;

[Collection(SeedDigestCollection.Name)]
public sealed class SeedRunWritesThreeDigestsTests(SeedDigest seed)
{
    [Fact]
    public void TheRunSucceedsAndSaysWhereTheDigestWent()
    {
        Assert.True(seed.Run.ExitCode == 0, seed.Run.ToString());
        Assert.Contains($"Digest written to {seed.Output}", seed.Run.Stdout);
    }

    [Fact]
    public void TheSummarySaysHowFastAndHowMuchMemoryAndGarbageCollectionTook() =>
        Assert.Matches(@"read [\d.]+ MB at [\d.]+ MB/s; stage time: splitter [\d.]+ s, .*; garbage collection paused [\d.]+ s; memory [\d,]+ MB at the end, [\d,]+ MB at peak", seed.Run.Stderr);

    [Theory]
    [InlineData("digest.html")]
    [InlineData("digest.md")]
    [InlineData("digest.json")]
    public void EachFormatIsWritten(string file) => Assert.True(new FileInfo(Path.Combine(seed.Output, file)).Length > 1000, file);

    [Fact]
    public void TheJsonCarriesItsSchemaAndEveryContractSection()
    {
        Assert.Equal("processor.digest/2", seed.Root.GetProperty("schema").GetString());
        foreach (var section in new[] { "sources", "documents", "claims", "duplicates", "removed", "skipped", "stories", "conflicts", "facts", "names", "quotes", "briefing", "index" })
            Assert.True(seed.Root.TryGetProperty(section, out _), section);
        Assert.Equal(5, seed.Root.GetProperty("sources").GetArrayLength());
        Assert.All(seed.Root.GetProperty("sources").EnumerateArray(), s => Assert.Equal(64, s.GetProperty("sha256").GetString()!.Length));
    }

    [Fact]
    public void NoStagingFolderIsLeftBehind() =>
        Assert.DoesNotContain(Directory.GetDirectories(seed.Folder), d => Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) != ".processor");
}
