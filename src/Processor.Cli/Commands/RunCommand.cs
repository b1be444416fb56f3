using System.CommandLine;
using Cronos;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;
using Processor.Core.Sharding;

namespace Processor.Cli.Commands;

/// <summary><c>processor run [pipeline.yaml]</c>: checks the pipeline, then writes the digest (once, or on a cron schedule).</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var pipeline = CommonOptions.Pipeline();
        var plugins = CommonOptions.Plugins();
        var quiet = CommonOptions.Quiet();
        var logFormat = CommonOptions.LogFormat();
        logFormat.AcceptOnlyFromAmong("auto", "plain", "json");
        var resetState = new Option<bool>("--reset-state") { Description = "Start a new state (the old one is deleted): use when the state file is damaged or foreign" };
        var since = new Option<string?>("--since") { Description = "Mark as new what was first seen after this date (2026-11-20) or run id" };
        var every = new Option<string?>("--every") { Description = "Keep running on a cron schedule, e.g. \"0 6 * * *\" (for a long-running container)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the digest into this folder instead of the pipeline's 'output:' (relative to the current folder)" };
        var shard = new Option<string?>("--shard") { Description = "Map of a sharded run: only the per-file stages, on the K-th of N slices of the inputs (K/N, 1-based); writes a shard result, no digest" };
        var shardDir = new Option<string?>("--shard-dir") { Description = "Where --shard writes its result (default: .processor/shards/PIPELINE-NAME/)" };
        var mergeShards = new Option<string?>("--merge-shards") { Description = "Reduce of a sharded run: the per-file results from this folder of shard results, then the rest of the run" };
        var verbose = CommonOptions.Verbose();
        var noColor = CommonOptions.NoColor();
        var command = new Command("run", "Run a pipeline and write its digest")
        {
            pipeline, plugins, output, quiet, verbose, logFormat, noColor, resetState, since, every, shard, shardDir, mergeShards,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var log = LogFactory.Create(result.GetValue(logFormat)!, result.GetValue(quiet), result.GetValue(verbose), result.GetValue(noColor));
            var request = new RunRequest(result.GetValue(pipeline)!, result.GetValue(plugins) ?? [], result.GetValue(output), result.GetValue(resetState), result.GetValue(since))
            {
                Shard = result.GetValue(shard), ShardDirectory = result.GetValue(shardDir), MergeShards = result.GetValue(mergeShards),
            };
            // Argument mistakes stop the command before it prints anything about a run.
            var checkedArguments = await CommandGuard.RunAsync(log, () => Task.FromResult(CheckArguments(request, result.GetValue(every))));
            if (checkedArguments != ExitCodes.Success) return checkedArguments;
            var once = () => CommandGuard.RunAsync(log, () => RunOnceAsync(request, log, cancellation));
            if (result.GetValue(every) is not { } cron) return await once();
            return await CommandGuard.RunAsync(log, () => RunOnScheduleAsync(cron, once, log, cancellation));
        });
        return command;
    }

    /// <summary>What one run was asked to do.</summary>
    private sealed record RunRequest(string Pipeline, string[] PluginFolders, string? Output, bool ResetState, string? Since)
    {
        public string? Shard { get; init; }
        public string? ShardDirectory { get; init; }
        public string? MergeShards { get; init; }
    }

    private static int CheckArguments(RunRequest request, string? every)
    {
        PipelineHost.ParseSince(request.Since);
        if (every is not null) ParseCron(every);
        if (request.Shard is not null)
        {
            ShardSpec.Parse(request.Shard);
            foreach (var (given, option) in new (bool, string)[]
                     {
                         (request.MergeShards is not null, "--merge-shards"), (every is not null, "--every"), (request.Since is not null, "--since"),
                         (request.ResetState, "--reset-state"), (request.Output is not null, "--output"),
                     })
                if (given)
                    throw new UserErrorException(Diagnostic.Error("--shard", 0, 0, $"a map job (--shard) writes no digest and keeps no state, so {option} does not apply; give it to the reduce (--merge-shards)"));
        }
        else if (request.ShardDirectory is not null)
            throw new UserErrorException(Diagnostic.Error("--shard-dir", 0, 0, "goes with --shard K/N (the reduce names its folder with --merge-shards DIR)"));
        return ExitCodes.Success;
    }

    private static async Task<int> RunOnceAsync(RunRequest request, IRunLog log, CancellationToken cancellation)
    {
        var plan = PipelineHost.Prepare(request.Pipeline, request.PluginFolders, log, request.Output);
        log.Info($"{plan.Inputs.Count} input file(s), stages: {string.Join(" → ", plan.Stages.Select(s => s.Id))}");
        if (request.Shard is { } shard)
        {
            var map = await PipelineHost.MapAsync(plan, log, ShardSpec.Parse(shard), request.ShardDirectory, cancellation);
            log.Info($"done in {map.Elapsed.TotalSeconds:F1} s: {map.Files} file(s) of shard {shard}, {map.Documents} document(s), {map.Skipped} skipped");
            Console.Out.WriteLine($"Shard result written to {map.ShardPath}");
            return ExitCodes.Success;
        }
        var summary = await PipelineHost.RunAsync(plan, log, cancellation, request.ResetState, request.Since, request.MergeShards);
        log.Info($"done in {summary.Elapsed.TotalSeconds:F1} s: {summary.Sources} source(s) ({summary.ChangedSources} processed), {summary.Documents} document(s), " +
                 $"{summary.Claims} claim(s) ({summary.NewClaims} new), {summary.Skipped} skipped");
        var megabytes = summary.InputBytes / 1_000_000.0;
        log.Info($"read {megabytes:F1} MB at {megabytes / Math.Max(summary.Elapsed.TotalSeconds, 1e-6):F1} MB/s; stage time: " +
                 string.Join(", ", summary.StageTimes.Select(t => $"{t.Key} {t.Value.TotalSeconds:F2} s")) +
                 // Per-file stage times include pauses for garbage collection; these two figures tell a slow stage from a full heap.
                 $"; garbage collection paused {GC.GetTotalPauseDuration().TotalSeconds:F2} s; memory {Environment.WorkingSet / 1_000_000:N0} MB at the end, " +
                 $"{System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000:N0} MB at peak");
        // The digest's location goes to standard output so scripts can capture it.
        Console.Out.WriteLine($"Digest written to {summary.OutputDirectory}");
        return ExitCodes.Success;
    }

    private static CronExpression ParseCron(string expression)
    {
        try { return CronExpression.Parse(expression); }
        catch (CronFormatException e)
        {
            throw new UserErrorException(Diagnostic.Error("--every", 0, 0, $"'{expression}' is not a cron expression ({e.Message}); use five fields, e.g. \"0 6 * * *\""));
        }
    }

    /// <summary>Runs at every occurrence of <paramref name="expression"/> until cancelled; a failed run is logged and the schedule goes on.</summary>
    private static async Task<int> RunOnScheduleAsync(string expression, Func<Task<int>> once, IRunLog log, CancellationToken cancellation)
    {
        var cron = ParseCron(expression);
        while (!cancellation.IsCancellationRequested)
        {
            var next = cron.GetNextOccurrence(DateTimeOffset.UtcNow, TimeZoneInfo.Local);
            if (next is null) return ExitCodes.Success;
            log.Info($"next run at {next.Value.ToLocalTime():yyyy-MM-dd HH:mm:ss zzz}");
            await Task.Delay(next.Value - DateTimeOffset.UtcNow, cancellation);
            var code = await once();
            if (code != ExitCodes.Success) log.Info($"the run ended with exit code {code}; waiting for the next one");
        }
        return ExitCodes.Cancelled;
    }
}
