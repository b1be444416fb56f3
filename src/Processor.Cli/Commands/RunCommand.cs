using System.CommandLine;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;

namespace Processor.Cli.Commands;

/// <summary><c>processor run [pipeline.yaml]</c>: checks the pipeline, then writes the digest.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var pipeline = CommonOptions.Pipeline();
        var plugins = CommonOptions.Plugins();
        var quiet = CommonOptions.Quiet();
        var logFormat = CommonOptions.LogFormat();
        logFormat.AcceptOnlyFromAmong("auto", "plain", "json");
        var command = new Command("run", "Run a pipeline and write its digest") { pipeline, plugins, quiet, logFormat };
        command.SetAction((result, cancellation) =>
        {
            var log = LogFactory.Create(result.GetValue(logFormat)!, result.GetValue(quiet));
            return CommandGuard.RunAsync(log, async () =>
            {
                var plan = PipelineHost.Prepare(result.GetValue(pipeline)!, result.GetValue(plugins) ?? [], log);
                log.Info($"{plan.Inputs.Count} input file(s), stages: {string.Join(" → ", plan.Stages.Select(s => s.Id))}");
                var summary = await PipelineHost.RunAsync(plan, log, cancellation);
                log.Info($"done in {summary.Elapsed.TotalSeconds:F1} s: {summary.Sources} source(s), {summary.Documents} document(s), " +
                         $"{summary.Claims} claim(s), {summary.Skipped} skipped");
                var megabytes = summary.InputBytes / 1_000_000.0;
                log.Info($"read {megabytes:F1} MB at {megabytes / Math.Max(summary.Elapsed.TotalSeconds, 1e-6):F1} MB/s; stage time: " +
                         string.Join(", ", summary.StageTimes.Select(t => $"{t.Key} {t.Value.TotalSeconds:F2} s")));
                // The digest's location goes to standard output so scripts can capture it.
                Console.Out.WriteLine($"Digest written to {summary.OutputDirectory}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
