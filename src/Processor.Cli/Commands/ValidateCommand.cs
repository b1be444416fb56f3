using System.CommandLine;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;

namespace Processor.Cli.Commands;

/// <summary><c>processor validate [pipeline.yaml]</c>: every check of <c>run</c>, without running.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var pipeline = CommonOptions.Pipeline();
        var plugins = CommonOptions.Plugins();
        var verbose = CommonOptions.Verbose();
        var noColor = CommonOptions.NoColor();
        var command = new Command("validate", "Check a pipeline file, its plugins, options and inputs without running it") { pipeline, plugins, verbose, noColor };
        command.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false, result.GetValue(verbose), result.GetValue(noColor));
            return CommandGuard.RunAsync(log, () =>
            {
                var path = result.GetValue(pipeline)!;
                var plan = PipelineHost.Prepare(path, result.GetValue(plugins) ?? [], log);
                Console.Out.WriteLine($"{path}: ok ({plan.Stages.Count} stage(s), {plan.Inputs.Count} input file(s))");
                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }
}
