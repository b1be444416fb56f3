using System.CommandLine;
using System.Text.Json;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;

namespace Processor.Cli.Commands;

/// <summary>
/// <c>processor schema</c>: the JSON Schema of pipeline files for the plugins this tool finds (built-ins, <c>--plugins</c>,
/// and a pipeline's <c>plugin_paths</c>), for editors: <c># yaml-language-server: $schema=pipeline.schema.json</c>.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var plugins = CommonOptions.Plugins();
        var pipeline = CommonOptions.PipelineForPlugins();
        var output = new Option<string?>("--output", "-o") { Description = $"Write the schema into this file (e.g. {PipelineSchema.FileName}) instead of standard output" };
        var command = new Command("schema", "Write the JSON Schema of pipeline files (option names, types, defaults, allowed values) for editors")
        {
            plugins, pipeline, output,
        };
        command.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false);
            return CommandGuard.RunAsync(log, () =>
            {
                var text = Write(CommonOptions.LoadCatalog(result, pipeline, plugins));
                if (result.GetValue(output) is { } file) File.WriteAllText(file, text);
                else Console.Out.Write(text);
                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }

    /// <summary>The schema as indented JSON with a final newline.</summary>
    public static string Write(Processor.Core.Plugins.PluginCatalog catalog) =>
        PipelineSchema.Generate(catalog).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
