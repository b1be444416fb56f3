using System.Text;

namespace Processor.Bench;

/// <summary>
/// Builds benchmark corpora from the seed files: copies with a varying share of edited sentences, so
/// the deduplicator sees exact, near and unique claims, as in a real daily scrape.
/// </summary>
public static class BenchCorpus
{
    public static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Processor.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Processor.sln not found"), "seeds");
    }

    public static string[] SeedTexts() =>
        Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    /// <summary>Copy <paramref name="copy"/> of a seed: every third line (shifted by the copy number) gets an edit.</summary>
    public static string Variant(string seed, int copy)
    {
        if (copy == 0) return seed;
        var lines = seed.Split('\n');
        for (var i = copy % 3; i < lines.Length; i += 3)
        {
            var line = lines[i];
            var dot = line.LastIndexOf('.');
            if (dot > 40) lines[i] = line[..dot] + $" in report {copy}" + line[dot..];
        }
        return string.Join('\n', lines);
    }

    /// <summary>About <paramref name="megabytes"/> MB of seed variants, one string per file (as the pipeline sees a corpus).</summary>
    public static List<string> InMemory(int megabytes)
    {
        var seeds = SeedTexts();
        var files = new List<string>();
        long size = 0;
        for (var copy = 0; size < megabytes * 1_000_000L; copy++)
            foreach (var seed in seeds)
            {
                files.Add(Variant(seed, copy));
                size += Encoding.UTF8.GetByteCount(files[^1]);
            }
        return files;
    }

    /// <summary>Writes at least <paramref name="megabytes"/> MB of seed variants as files into <paramref name="folder"/>.</summary>
    public static void WriteFolder(string folder, int megabytes)
    {
        Directory.CreateDirectory(folder);
        var seeds = Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        long written = 0;
        for (var copy = 0; written < megabytes * 1_000_000L; copy++)
        {
            foreach (var seed in seeds)
            {
                var text = Variant(File.ReadAllText(seed), copy);
                var path = Path.Combine(folder, $"{copy:D5}_{Path.GetFileName(seed)}");
                File.WriteAllText(path, text);
                written += Encoding.UTF8.GetByteCount(text);
            }
        }
        Console.WriteLine($"wrote {written / 1_000_000.0:F1} MB in {Directory.GetFiles(folder).Length} files to {folder}");
    }
}
