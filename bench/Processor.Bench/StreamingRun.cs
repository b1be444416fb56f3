using System.Diagnostics;
using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Plugins.Tagger;
using Processor.Testing;

namespace Processor.Bench;

/// <summary>
/// The per-file stages over a whole corpus folder, one file at a time on one thread, keeping nothing between
/// files: their throughput on a corpus of any size, and proof that what they hold is bounded by the largest
/// file (peak memory stays the same on 100 MB and on 1 GB).
/// </summary>
public static class StreamingRun
{
    public static void Run(string folder, bool tag)
    {
        var context = new FakeStageContext();
        var plugins = new FakePluginContext();
        var splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), plugins);
        var tagger = tag ? (IDocumentStage)new TaggerPlugin().CreateStage(new TaggerOptions { Gazetteer = Gazetteers.Write(1000) }, plugins) : null;
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        long bytes = 0, documents = 0, sentences = 0;
        var largest = 0L;
        var clock = Stopwatch.StartNew();
        var inStages = TimeSpan.Zero;
        foreach (var path in files)
        {
            // No hashing here (the host's job, not the stages'): the id only has to be unique.
            var content = File.ReadAllBytes(path);
            var source = new SourceText(new SourceFile($"f{bytes:x}", path, path, "", content.Length), content);
            bytes += content.Length;
            largest = Math.Max(largest, content.Length);
            var started = Stopwatch.GetTimestamp();
            foreach (var document in splitter.Process(source, context).Documents)
            {
                documents++;
                sentences += (tagger?.Process(document, source, context) ?? document).Sentences.Length;
            }
            inStages += Stopwatch.GetElapsedTime(started);
        }
        clock.Stop();
        var stages = tag ? "splitter + tagger" : "splitter";
        Console.WriteLine($"{stages}: {files.Length:N0} files, {bytes / 1e6:N1} MB (largest {largest / 1e3:N0} KB) in {clock.Elapsed.TotalSeconds:N2} s " +
                          $"= {bytes / 1e6 / clock.Elapsed.TotalSeconds:N1} MB/s on one thread with reading, {bytes / 1e6 / inStages.TotalSeconds:N1} MB/s in the stages; " +
                          $"{documents:N0} documents, {sentences:N0} sentences; " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
    }
}
