using EndToEnd.Tests.Support;
using System.Text.RegularExpressions;

namespace EndToEnd.Tests.Facts;

/// <summary>
/// The real tool on 600 labelled news sentence pairs (the paraphrase development data in ../shared/data, when present;
/// the first 600 pairs of the file, so a different sample from the scorer's shuffled 600): each pair's sentences in two
/// files, as the scorer does. Links must be precise, and never join two sentences whose numbers differ. A regression
/// guard at the levels measured (bench/RESULTS.md): precision over the labelled pairs ≥ 0.85, recall ≥ 0.45.
/// </summary>
public sealed class ParaphrasePairsAreLinkedPreciselyTests
{
    private static readonly string PairsFile = Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "..", "shared", "data", "paraphrase", "msr_paraphrase_train.txt");

    /// <summary>The numbers written in digits, as an outside check would read them ("12,000" is 12000).</summary>
    private static HashSet<string> Digits(string text) =>
        [.. Regex.Matches(text, @"\d[\d,]*(?:\.\d+)?").Select(m => m.Value.TrimEnd(',').Replace(",", ""))];

    [SkippableFact]
    public void LinksArePreciseAndNeverJoinDifferentNumbers()
    {
        Skip.IfNot(File.Exists(PairsFile), $"the paraphrase pairs are not at {PairsFile} (../shared/data is absent)");
        var pairs = File.ReadLines(PairsFile).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length == 5).Take(600).ToList();
        var folder = Directory.CreateTempSubdirectory("processor-paraphrase").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "corpus"));
            for (var i = 0; i < pairs.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder, "corpus", $"a_{i:D4}.txt"), $"Report {i} from the first desk\n\n{pairs[i][3]}\n");
                File.WriteAllText(Path.Combine(folder, "corpus", $"b_{i:D4}.txt"), $"Report {i} from the second desk\n\n{pairs[i][4]}\n");
            }
            File.WriteAllText(Path.Combine(folder, "pipeline.yaml"), """
                version: 1
                inputs: ["corpus"]
                state: none
                pipeline:
                  - use: splitter
                  - use: tagger
                  - use: deduplicator
                  - use: renderer
                    with: { formats: [json] }
                output: out
                """);
            var run = ToolRun.Start(folder, "run", "pipeline.yaml");
            Assert.True(run.ExitCode == 0, run.ToString());
            using var digest = Digest.Load(Path.Combine(folder, "out"));
            var names = digest.RootElement.GetProperty("sources").EnumerateArray()
                .ToDictionary(s => s.GetProperty("id").GetString()!, s => Path.GetFileNameWithoutExtension(s.GetProperty("path").GetString()!));
            var linked = new HashSet<int>();
            foreach (var claim in digest.RootElement.GetProperty("claims").EnumerateArray())
            {
                var files = claim.GetProperty("attributions").EnumerateArray().Select(a => names[a.GetProperty("source").GetString()!]).ToHashSet();
                for (var i = 0; i < pairs.Count; i++)
                    if (files.Contains($"a_{i:D4}") && files.Contains($"b_{i:D4}")) linked.Add(i);
            }
            var positives = Enumerable.Range(0, pairs.Count).Where(i => pairs[i][0] == "1").ToHashSet();
            var truePositives = linked.Count(positives.Contains);
            var precision = truePositives / (double)Math.Max(linked.Count, 1);
            var recall = truePositives / (double)positives.Count;
            var differentNumbers = linked.Where(i => !Digits(pairs[i][3]).SetEquals(Digits(pairs[i][4]))).Select(i => pairs[i][3] + " | " + pairs[i][4]).ToList();
            Assert.Empty(differentNumbers);
            Assert.True(precision >= 0.85 && recall >= 0.45, $"precision {precision:0.000}, recall {recall:0.000} ({truePositives} of {positives.Count} paraphrases, {linked.Count} pairs linked)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
