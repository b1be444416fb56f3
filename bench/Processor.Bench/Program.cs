using BenchmarkDotNet.Running;
using Processor.Bench;

// dotnet run -c Release --project bench/Processor.Bench -- make-corpus DIR MEGABYTES   (seed copies, for bench/run.sh seeds)
// dotnet run -c Release --project bench/Processor.Bench -- make-newswire DIR MEGABYTES [--html]  (real newswire, the default corpus)
// dotnet run -c Release --project bench/Processor.Bench -- stream DIR [--tag]                (per-file stages over a folder)
// dotnet run -c Release --project bench/Processor.Bench -- soak KILLS [--dated]         (random SIGKILLs of the real tool; docs/publication.md)
// dotnet run -c Release --project bench/Processor.Bench -- pr-curve                     (docs/deduplication.md)
// dotnet run -c Release --project bench/Processor.Bench -- loop STAGE PASSES [--allocations] [--seeds] (quick timing, profiling; newswire by default)
// dotnet run -c Release --project bench/Processor.Bench -- [BenchmarkDotNet arguments, e.g. --filter '*']
if (args is ["make-corpus", var folder, var size])
{
    BenchCorpus.WriteFolder(folder, int.Parse(size));
    return 0;
}
if (args is ["make-newswire", var wireFolder, var wireSize, ..])
{
    NewswireCorpus.WriteFolder(wireFolder, int.Parse(wireSize), html: args.Contains("--html"));
    return 0;
}
if (args is ["stream", var corpus, ..])
{
    StreamingRun.Run(corpus, tag: args.Contains("--tag"));
    return 0;
}
if (args is ["soak", var kills, ..])
    return KillSoak.Run(int.Parse(kills), dated: args.Contains("--dated"));
if (args is ["pr-curve"])
{
    PrecisionRecallCurve.Run();
    return 0;
}
if (args is ["loop", var stage, var passes, ..])
{
    StageLoop.Run(stage, int.Parse(passes), allocations: args.Contains("--allocations"), corpus: args.Contains("--seeds") ? "seeds" : "newswire");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
