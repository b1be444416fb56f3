using System.CommandLine;

namespace Processor.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<string> Pipeline() => new("pipeline")
    {
        Description = "The pipeline file",
        DefaultValueFactory = _ => "pipeline.yaml",
    };

    public static Option<string[]> Plugins() => new("--plugins")
    {
        Description = "An extra folder of plugins (repeatable); built-ins are always found",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors" };

    public static Option<string> LogFormat() => new("--log-format")
    {
        Description = "auto (terminal or plain lines), plain, or json (one object per line)",
        DefaultValueFactory = _ => "auto",
    };
}
