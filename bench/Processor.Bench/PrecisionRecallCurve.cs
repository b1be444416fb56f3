using System.Globalization;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Bench;

/// <summary>
/// Measures the claim-level near-duplicate precision and recall for a range of thresholds on pairs built
/// from the seed corpus's real claim sentences: "same" pairs are a sentence and an edited rewording of it
/// (words swapped, a phrase added or cut, quotes and numbers restyled); "different" pairs are two distinct
/// sentences of the same article (hard negatives: same topic, names and vocabulary).
/// Run: dotnet run -c Release --project bench/Processor.Bench -- pr-curve
/// </summary>
public static class PrecisionRecallCurve
{
    private static readonly string[] Fillers = ["reportedly", "on Tuesday", "in a statement", "according to officials", "last year", "again"];
    private static readonly string[] Swaps = ["group", "organisation", "members", "people", "said", "stated", "large", "huge", "police", "officers"];

    public static void Run()
    {
        var random = new Random(2026);
        var sentences = SeedClaims();
        var same = new List<(string, string)>();
        var different = new List<(string, string)>();
        foreach (var (document, claims) in sentences)
        {
            foreach (var claim in claims) same.Add((claim, Edit(claim, random)));
            for (var i = 0; i + 1 < claims.Count; i += 2) different.Add((claims[i], claims[i + 1]));
        }
        // The hardest negatives: for each claim, the most similar claim of another article (excluding true
        // repeats, which share over 90% of their shingles and are meant to merge).
        var all = sentences.SelectMany(d => d.Claims.Select(c => (d.Document, Claim: c))).ToList();
        var hasher = new Processor.Plugins.Deduplicator.Hashing.MinHasher(128, 5);
        var shingles = all.Select(x => hasher.Shingles(TextNormalizer.FoldForComparison(x.Claim))).ToList();
        var nearest = new List<(string, string)>();
        for (var i = 0; i < all.Count; i++)
        {
            var best = (Index: -1, Similarity: 0.0);
            for (var j = 0; j < all.Count; j++)
            {
                if (all[j].Document == all[i].Document) continue;
                var similarity = Processor.Plugins.Deduplicator.Hashing.ShingleSet.Jaccard(shingles[i], shingles[j]);
                if (similarity > best.Similarity && similarity < 0.9) best = (j, similarity);
            }
            if (best.Index > i) nearest.Add((all[i].Claim, all[best.Index].Claim));
        }
        different.AddRange(nearest);
        Console.WriteLine($"{same.Count} same pairs, {different.Count} different pairs from {sentences.Count} seed articles");
        Console.WriteLine("| threshold | recall | precision | false merges |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var threshold in new[] { 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9 })
        {
            var stage = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions { Threshold = threshold }, new FakePluginContext());
            var truePositives = same.Count(p => Merged(stage, p));
            var falseMerges = different.Where(p => Merged(stage, p)).ToList();
            var falsePositives = falseMerges.Count;
            if (threshold == new DeduplicatorOptions().Threshold) foreach (var (a, b) in falseMerges) Console.WriteLine($"// merged at the default threshold: \"{a}\" ~ \"{b}\"");
            var recall = (double)truePositives / same.Count;
            var precision = truePositives + falsePositives == 0 ? 1 : (double)truePositives / (truePositives + falsePositives);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {threshold:0.00} | {recall:0.000} | {precision:0.000} | {falsePositives} of {different.Count} |"));
        }
    }

    private static bool Merged(ICorpusStage stage, (string A, string B) pair)
    {
        Claim Claim(string text, string source) =>
            new($"c-{source}", text, [new Attribution(source, source + "-01", source + "-01.1", new SourceSpan(source, 0, 1, 1, 1), text)]);
        var corpus = new Corpus
        {
            Sources = [new SourceFile("a", "a.txt", "/a", "", 0), new SourceFile("b", "b.txt", "/b", "", 0)],
            Claims = [Claim(pair.A, "a"), Claim(pair.B, "b")],
        };
        return stage.Process(corpus, new FakeStageContext()).Claims.Length == 1;
    }

    /// <summary>A rewording a syndicating outlet might make: one to three edits of different kinds.</summary>
    private static string Edit(string sentence, Random random)
    {
        var words = sentence.Split(' ').ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            switch (random.Next(4))
            {
                case 0 when words.Count > 6:   // swap a word for another
                    words[random.Next(words.Count)] = Swaps[random.Next(Swaps.Length)];
                    break;
                case 1:                          // add a phrase
                    words.Insert(random.Next(words.Count), Fillers[random.Next(Fillers.Length)]);
                    break;
                case 2 when words.Count > 10:    // cut a word
                    words.RemoveAt(random.Next(words.Count));
                    break;
                default:                         // restyle quotes, apostrophes, thousands separators
                    words = [.. words.Select(w => w.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace(",000", " 000"))];
                    break;
            }
        }
        return string.Join(' ', words);
    }

    private static List<(string Document, List<string> Claims)> SeedClaims()
    {
        var splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        var result = new List<(string, List<string>)>();
        foreach (var file in Directory.GetFiles(BenchCorpus.SeedsFolder(), "*.txt").Order(StringComparer.Ordinal))
        {
            var source = TestSource.FromBytes(File.ReadAllBytes(file), Path.GetFileName(file));
            foreach (var document in splitter.Process(source, new FakeStageContext()).Documents)
                result.Add((document.Id, document.Sentences.Where(s => s.IsClaim).Select(s => TextNormalizer.CollapseWhitespace(s.Text)).Distinct().ToList()));
        }
        return result;
    }
}
