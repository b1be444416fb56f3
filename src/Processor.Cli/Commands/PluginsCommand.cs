using System.CommandLine;
using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;

namespace Processor.Cli.Commands;

/// <summary><c>processor plugins list</c>: what can be used in <c>use:</c>, from which folder.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = CommonOptions.Plugins();
        var pipeline = CommonOptions.PipelineForPlugins();
        var list = new Command("list", "List the plugins found, with id, version, folder and SDK version") { plugins, pipeline };
        list.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false);
            return CommandGuard.RunAsync(log, () =>
            {
                var catalog = CommonOptions.LoadCatalog(result, pipeline, plugins);
                Console.Out.WriteLine($"Processor SDK {ProcessorSdk.Version.ToString(3)}");
                foreach (var p in catalog.Plugins.OrderBy(p => p.Id, StringComparer.Ordinal))
                {
                    Console.Out.WriteLine($"{p.Id,-14} {p.Version.ToString(3),-9} sdk {p.SdkVersion.ToString(3),-7} {p.Origin,-12} {p.Directory}");
                    Console.Out.WriteLine($"{"",-14} {p.Plugin.Description}");
                    var options = OptionsBinder.OptionNames(p.Plugin.OptionsType).Select(o => o.Name).ToList();
                    if (options.Count > 0) Console.Out.WriteLine($"{"",-14} options: {string.Join(", ", options)}");
                }
                foreach (var error in catalog.Errors) log.Report(Diagnostic.Error(error.Directory, 0, 0, $"plugin '{error.Name}': {error.Message}"));
                return Task.FromResult(catalog.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.UserError);
            });
        });
        return new Command("plugins", "List plugins, or create a new one") { list, PluginNewCommand.Create() };
    }
}
