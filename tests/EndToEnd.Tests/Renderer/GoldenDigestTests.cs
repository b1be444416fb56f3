using System.Text.RegularExpressions;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Renderer;

/// <summary>
/// The Markdown and JSON digests of a small fixed corpus (TestData/golden), and the seed briefing in Markdown, must
/// equal the checked-in files. After an intended change, run the tests with PROCESSOR_UPDATE_GOLDEN=1 to rewrite
/// TestData/golden/expected, then review the diff before committing it.
/// </summary>
[Collection(SeedDigestCollection.Name)]
public sealed partial class GoldenDigestTests(SeedDigest seed)
{
    [Fact]
    public void TheSeedBriefingInMarkdownMatchesTheGoldenFile() =>
        Compare(Mask(File.ReadAllText(Path.Combine(seed.Output, "digest.md"))), "seed-digest.md");

    [Theory]
    [InlineData("digest.md")]
    [InlineData("digest.json")]
    public void TheDigestMatchesTheGoldenFile(string file)
    {
        using var corpus = new CorpusCopy("golden");
        var run = ToolRun.Start(corpus.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        Compare(Mask(corpus.Read(file)), file);
    }

    private static void Compare(string actual, string file)
    {
        var expectedPath = Path.Combine(Repo.Root, "tests", "EndToEnd.Tests", "TestData", "golden", "expected", file);
        if (Environment.GetEnvironmentVariable("PROCESSOR_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual);
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with PROCESSOR_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    /// <summary>The run's time is the only thing that differs between runs.</summary>
    private static string Mask(string text) =>
        FirstSeen().Replace(GeneratedAt().Replace(text, "2000-01-01 00:00 UTC"), "\"firstSeen\": \"2000-01-01T00:00:00Z\"");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")]
    private static partial Regex GeneratedAt();

    [GeneratedRegex(@"""firstSeen"": ""[^""]+""")]
    private static partial Regex FirstSeen();
}
