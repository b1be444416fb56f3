using System.CommandLine;
using System.Text.RegularExpressions;
using Processor.Abstractions;
using Processor.Core.Diagnostics;

namespace Processor.Cli.Commands;

/// <summary>
/// <c>processor plugins new NAME</c>: a plugin project and its tests from the template the tool carries, with the SDK and
/// test-kit packages it carries copied into the project's own <c>packages/</c> folder and named, relatively, in its
/// nuget.config — no clone of this repository, no absolute path, no package feed beyond the usual one.
/// </summary>
internal static partial class PluginNewCommand
{
    private static string TemplateFolder => Path.Combine(AppContext.BaseDirectory, "plugin-template");

    private static string PackagesFolder => Path.Combine(AppContext.BaseDirectory, "packages");

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The project's name, e.g. Acme.Shout (a C# namespace)" };
        var id = new Option<string?>("--id") { Description = "The id pipelines use in 'use:' (default: the name's last part in lower case, e.g. shout)" };
        var output = new Option<string?>("--output", "-o") { Description = "The folder to create (default: ./NAME)" };
        var command = new Command("new", "Create a plugin project and its tests from the template this tool carries") { name, id, output };
        command.SetAction((result, _) =>
        {
            var log = LogFactory.Create("auto", quiet: false);
            return CommandGuard.RunAsync(log, () =>
            {
                var project = result.GetValue(name)!;
                if (!ProjectName().IsMatch(project))
                    throw new UserErrorException(Diagnostic.Error(project, 0, 0, "is no project name; use letters, digits and dots, starting with a letter (e.g. Acme.Shout)"));
                var pluginId = result.GetValue(id) ?? Kebab(project[(project.LastIndexOf('.') + 1)..]);
                if (!PluginId().IsMatch(pluginId))
                    throw new UserErrorException(Diagnostic.Error("--id", 0, 0, $"'{pluginId}' is no plugin id; use lower-case letters, digits and dashes (e.g. shout)"));
                var root = Path.GetFullPath(result.GetValue(output) ?? project);
                if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
                    throw new UserErrorException(Diagnostic.Error(root, 0, 0, "exists and is not empty; choose another folder with --output"));
                if (!Directory.Exists(TemplateFolder) || !Directory.Exists(PackagesFolder))
                    throw new UserErrorException(Diagnostic.Error(AppContext.BaseDirectory, 0, 0, "this build of the tool carries no plugin template; reinstall the tool"));
                Write(root, project, pluginId);
                var plugins = Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, root), project, "bin", "Debug", "plugins").Replace('\\', '/');
                Console.Out.WriteLine($"Created {root}: the plugin '{pluginId}' ({project}/) and its tests ({project}.Tests/).");
                Console.Out.WriteLine($"Next: dotnet test {Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, root), project + ".Tests")}");
                Console.Out.WriteLine($"Then in a pipeline: plugin_paths: [{plugins}] and '- use: {pluginId}'");
                return Task.FromResult(ExitCodes.Success);
            });
        });
        return command;
    }

    /// <summary>The template's files with its placeholders filled in, and the packages beside them.</summary>
    private static void Write(string root, string project, string pluginId)
    {
        var sdk = ProcessorSdk.Version.ToString(3);
        foreach (var file in Directory.EnumerateFiles(TemplateFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(TemplateFolder, file);
            if (relative.StartsWith(".template.config", StringComparison.Ordinal)) continue;
            var target = Path.Combine(root, relative.Replace("MyPlugin", project, StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file)
                .Replace("MyPlugin", project, StringComparison.Ordinal)
                .Replace("my-plugin-id", pluginId, StringComparison.Ordinal)
                .Replace("PROCESSOR_SDK_VERSION", sdk, StringComparison.Ordinal)
                // The packages travel with the project: a relative source, resolved against nuget.config's folder.
                .Replace("PROCESSOR_PACKAGES_FOLDER", "packages", StringComparison.Ordinal);
            File.WriteAllText(target, TemplateConditionals().Replace(text, ""));
        }
        var packages = Directory.CreateDirectory(Path.Combine(root, "packages")).FullName;
        foreach (var package in Directory.EnumerateFiles(PackagesFolder, "*.nupkg"))
            File.Copy(package, Path.Combine(packages, Path.GetFileName(package)));
    }

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>dotnet new's conditional lines (<c>&lt;!--#if (haspackages) --&gt;</c>, <c>&lt;!--#endif --&gt;</c>): packages are always there.</summary>
    [GeneratedRegex(@"^[ \t]*<!--#(if \(haspackages\)|endif) -->\r?\n", RegexOptions.Multiline)]
    private static partial Regex TemplateConditionals();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex ProjectName();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$")]
    private static partial Regex PluginId();
}
