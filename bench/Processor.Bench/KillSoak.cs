using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Processor.Bench;

/// <summary>
/// The scheduled-run soak: a corpus that changes between runs (files edited, added, deleted), runs of the real tool
/// killed with SIGKILL at random moments, and after every kill the checks a reader and an operator would make — the
/// state's <c>PRAGMA integrity_check</c>, a whole digest in place, no claim shown new in two digests — and, after a
/// final run, no leftover hidden folders. Prints one line per kill and a summary (docs/publication.md quotes it).
/// Usage: <c>Processor.Bench soak KILLS [--dated]</c>, with the tool built in Release.
/// </summary>
public static class KillSoak
{
    public static int Run(int kills, bool dated)
    {
        var repo = Path.GetDirectoryName(BenchCorpus.SeedsFolder())!;
        var tool = Path.Combine(repo, "src", "Processor.Cli", "bin", "Release", "net10.0", "processor.dll");
        if (!File.Exists(tool)) throw new FileNotFoundException($"build the tool first: dotnet build src/Processor.Cli -c Release ({tool})");
        var work = Directory.CreateTempSubdirectory("processor-soak").FullName;
        var corpus = Directory.CreateDirectory(Path.Combine(work, "corpus")).FullName;
        var random = new Random(2026);
        var texts = NewswireCorpus.Files(3, html: false).SelectMany(f => f.Split("\n\n\n")).Where(t => t.Length > 200).ToList();
        for (var i = 0; i < 260; i++) File.WriteAllText(Path.Combine(corpus, $"f{i:D3}.txt"), texts[i % texts.Count]);
        var output = dated ? "out/{date:yyyyMMdd-HHmmss-fff}" : "out";
        File.WriteAllText(Path.Combine(work, "pipeline.yaml"), $"""
            version: 1
            inputs: ["corpus/*.txt"]
            pipeline:
              - use: splitter
              - use: tagger
              - use: deduplicator
              - use: renderer
                with: {"{"} formats: [html, markdown, json] {"}"}
            output: {output}
            keep: 3
            """);

        var full = Stopwatch.StartNew();
        var firstRun = Tool(tool, work);
        var runSeconds = full.Elapsed.TotalSeconds;
        Console.WriteLine($"work folder {work}; first run exit {firstRun} in {runSeconds:F1} s; killing at random moments within {runSeconds * 1.3:F1} s");

        var shownNew = new Dictionary<string, long>(StringComparer.Ordinal);   // claim text → the digest (run) that first showed it new
        int corrupt = 0, missing = 0, newTwice = 0, failedNext = 0, killed = 0;
        for (var k = 0; k < kills; k++)
        {
            Mutate(corpus, texts, random);
            var started = Stopwatch.StartNew();
            using var process = Start(tool, work);
            Thread.Sleep(TimeSpan.FromSeconds(random.NextDouble() * runSeconds * 1.3));
            var wasRunning = !process.HasExited;
            if (wasRunning) { process.Kill(entireProcessTree: true); killed++; }
            process.WaitForExit();

            var integrity = Integrity(Path.Combine(work, ".processor", "pipeline.db"));
            if (integrity != "ok") corrupt++;
            var (digestRun, newClaims, readable) = Visible(work, dated);
            if (!readable) missing++;
            foreach (var claim in newClaims)
                if (shownNew.TryGetValue(claim, out var before) && before != digestRun) newTwice++;
                else shownNew[claim] = digestRun;
            Console.WriteLine($"kill {k + 1}: {(wasRunning ? "killed" : "finished")} after {started.Elapsed.TotalSeconds:F2} s; state {integrity}; digest of run {digestRun}{(readable ? "" : " MISSING")}; {newClaims.Count} new");
        }
        var last = Tool(tool, work);
        if (last != 0) failedNext++;
        var (lastRun, lastNew, lastReadable) = Visible(work, dated);
        foreach (var claim in lastNew)
            if (shownNew.TryGetValue(claim, out var before) && before != lastRun) newTwice++;
        if (!lastReadable) missing++;
        var leftovers = Leftovers(work);
        Console.WriteLine($"soak: {kills} attempts, {killed} killed mid-run; {corrupt} corrupted states, {missing} missing or corrupt digests, " +
                          $"{newTwice} claims shown new twice, final run exit {last}, {leftovers} bytes of leftovers after it; {full.Elapsed.TotalMinutes:F1} min");
        return corrupt + missing + newTwice + failedNext + (leftovers > 0 ? 1 : 0) == 0 ? 0 : 1;
    }

    private static Process Start(string tool, string work)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(tool);
        info.ArgumentList.Add("run");
        info.ArgumentList.Add("--quiet");
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static int Tool(string tool, string work)
    {
        using var process = Start(tool, work);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Edits, adds and deletes a few files: the corpus a daily scrape would leave.</summary>
    private static void Mutate(string corpus, List<string> texts, Random random)
    {
        var files = Directory.GetFiles(corpus);
        for (var i = 0; i < 3; i++)
        {
            var file = files[random.Next(files.Length)];
            if (File.Exists(file)) File.AppendAllText(file, $"\n\nUpdate {random.Next()}: officials said the figures would be revised again next week.\n");
        }
        File.WriteAllText(Path.Combine(corpus, $"n{random.Next():D10}.txt"), texts[random.Next(texts.Count)]);
        if (files.Length > 200) File.Delete(files[random.Next(files.Length)]);
    }

    private static string Integrity(string state)
    {
        if (!File.Exists(state)) return "ok";
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = state, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar() as string ?? "?";
    }

    /// <summary>The digest a reader finds now: its run (from the marker), its new claims, and whether it is whole.</summary>
    private static (long Run, List<string> NewClaims, bool Readable) Visible(string work, bool dated)
    {
        var folder = Path.Combine(work, "out", dated ? "latest" : "");
        try
        {
            var marker = File.ReadAllLines(Path.Combine(folder, ".processor-digest")).FirstOrDefault(l => l.StartsWith("run: ", StringComparison.Ordinal));
            using var digest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "digest.json")));
            var claims = digest.RootElement.GetProperty("claims").EnumerateArray()
                .Where(c => c.GetProperty("new").GetBoolean()).Select(c => c.GetProperty("text").GetString()!).ToList();
            return (long.Parse(marker?[5..] ?? "0"), claims, true);
        }
        catch (Exception e) when (e is IOException or JsonException or FormatException)
        {
            return (0, [], false);
        }
    }

    /// <summary>Bytes in hidden staging or swapped-out folders beside and inside the output.</summary>
    private static long Leftovers(string work) =>
        new[] { work, Path.Combine(work, "out") }.Where(Directory.Exists)
            .SelectMany(d => Directory.GetDirectories(d, ".*"))
            .Where(d => Path.GetFileName(d) != ".processor")
            .Sum(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) + 1);
}
