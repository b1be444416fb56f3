using System.CommandLine;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;
using Processor.Core.Plugins;

namespace Processor.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string> Pipeline() => new("pipeline")
    {
        Description = "The pipeline file (default: pipeline.yaml in the current folder)",
        DefaultValueFactory = _ => "pipeline.yaml",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Also print details: each plugin's folder, each file's outcome" };

    public static Option<bool> NoColor() => new("--no-color") { Description = "No colours on a terminal (the NO_COLOR environment variable does the same)" };

    public static Option<string[]> Plugins() => new("--plugins")
    {
        Description = "An extra folder of plugins (repeatable); built-ins are always found",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> PipelineForPlugins() => new("--pipeline") { Description = "Also load the plugin_paths of this pipeline file" };

    /// <summary>The plugins a command without a run sees: built-ins, <c>--plugins</c> folders and a <c>--pipeline</c>'s plugin_paths.</summary>
    public static PluginCatalog LoadCatalog(ParseResult result, Option<string?> pipeline, Option<string[]> plugins)
    {
        PipelineConfig? config = null;
        if (result.GetValue(pipeline) is { } path)
        {
            var diagnostics = new DiagnosticBag();
            config = PipelineFileReader.Read(path, diagnostics);
            diagnostics.ThrowIfErrors();
        }
        return PipelineHost.LoadCatalog(config, result.GetValue(plugins) ?? []);
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors" };

    public static Option<string> LogFormat() => new("--log-format")
    {
        Description = "auto (terminal or plain lines), plain, or json (one object per line)",
        DefaultValueFactory = _ => "auto",
    };
}
