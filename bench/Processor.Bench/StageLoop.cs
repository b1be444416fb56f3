using System.Diagnostics;

namespace Processor.Bench;

/// <summary>
/// Runs one stage kernel in a loop and prints the time of each pass: a quick check between optimisations
/// and a steady workload to attach <c>dotnet-trace</c> to. BenchmarkDotNet gives the figures we report.
/// </summary>
public static class StageLoop
{
    public static void Run(string stage, int passes, bool allocations = false, string corpus = "newswire")
    {
        using var sampler = allocations ? new AllocationSampler() : null;
        var bench = new StageBenchmarks { Corpus = corpus };
        bench.Setup();
        Func<int> kernel = stage switch
        {
            "splitter" => bench.Splitter,
            "html-splitter" => bench.HtmlSplitter,
            "tagger" => bench.Tagger,
            "deduplicator" => bench.Deduplicator,
            "claim-deduplicator" => bench.ClaimDeduplicator,
            _ => throw new ArgumentException($"unknown stage '{stage}'; use splitter, html-splitter, tagger, deduplicator or claim-deduplicator"),
        };
        for (var i = 0; i < passes; i++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            kernel();
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine($"{stage} pass {i + 1}: {watch.Elapsed.TotalMilliseconds:0.0} ms, {StageBenchmarks.Megabytes / watch.Elapsed.TotalSeconds:0.0} MB/s, allocated {allocated / 1e6:0.0} MB");
        }
        sampler?.Print(25);
    }
}
