using System.CommandLine;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;
using Processor.Core.Plugins;

namespace Processor.Cli.Commands;

/// <summary>
/// <c>processor init</c>: writes a starter pipeline.yaml and copies the templates that the installed
/// plugins ship (each plugin's <c>templates/</c> folder) into <c>./templates</c>, ready to edit.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "Where to scaffold", DefaultValueFactory = _ => ".", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite existing files" };
        var command = new Command("init", "Scaffold a pipeline.yaml and copy the default templates into a folder") { directory, force };
        command.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false);
            return CommandGuard.RunAsync(log, () =>
            {
                var root = Path.GetFullPath(result.GetValue(directory)!);
                var overwrite = result.GetValue(force);
                Directory.CreateDirectory(root);
                var pipelinePath = Path.Combine(root, "pipeline.yaml");
                if (File.Exists(pipelinePath) && !overwrite)
                    throw new UserErrorException(Diagnostic.Error(pipelinePath, 0, 0, "already exists; use --force to overwrite it"));
                // The schema beside the pipeline, named on its first line: YAML editors complete and check option names.
                File.WriteAllText(pipelinePath, $"# yaml-language-server: $schema={PipelineSchema.FileName}\n" + StarterPipeline);
                File.WriteAllText(Path.Combine(root, PipelineSchema.FileName), SchemaCommand.Write(PipelineHost.LoadCatalog(null, [])));
                Directory.CreateDirectory(Path.Combine(root, "docs"));
                var copied = 0;
                foreach (var pluginDir in PluginFolder.BuiltIn.FindAssemblies().Select(Path.GetDirectoryName))
                {
                    var templates = Path.Combine(pluginDir!, "templates");
                    if (!Directory.Exists(templates)) continue;
                    foreach (var file in Directory.EnumerateFiles(templates, "*.sbn", SearchOption.AllDirectories))
                    {
                        var target = Path.Combine(root, "templates", Path.GetRelativePath(templates, file));
                        if (File.Exists(target) && !overwrite) continue;
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        File.Copy(file, target, overwrite: true);
                        copied++;
                    }
                }
                Console.Out.WriteLine($"Wrote {pipelinePath} (with {PipelineSchema.FileName} for editors) and {copied} template file(s) under {Path.Combine(root, "templates")}");
                Console.Out.WriteLine($"Put your documents (.txt, .md, .html, .htm, .jsonl) in {Path.Combine(root, "docs")}, then run: processor run pipeline.yaml");
                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }

    private const string StarterPipeline = """
        # Processor pipeline. Reference: `processor docs configuration`; check it with `processor validate`.
        # Relative paths are relative to this file.
        version: 1
        name: My digest
        inputs:
          - docs/**/*.txt
          - docs/**/*.md
          - docs/**/*.html
          - docs/**/*.htm
          - docs/**/*.jsonl
        pipeline:
          - use: splitter
          - use: tagger
          - use: deduplicator
          - use: renderer
            with:
              formats: [html, markdown, json]
              templates: templates
        output: out
        """;
}
