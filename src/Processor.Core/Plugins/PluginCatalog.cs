using System.Reflection;
using McMaster.NETCore.Plugins;
using Processor.Abstractions;

namespace Processor.Core.Plugins;

/// <summary>
/// Finds and loads plugins. Every plugin, built-in or not, is loaded the same way: from its own
/// folder into its own load context, sharing only the SDK's types with the host. A plugin built
/// against another SDK major is refused before any of its code runs.
/// </summary>
public sealed class PluginCatalog
{
    private readonly List<LoadedPlugin> _plugins = [];
    private readonly List<PluginLoadError> _errors = [];

    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    public IReadOnlyList<PluginLoadError> Errors => _errors;

    public static PluginCatalog Load(IEnumerable<PluginFolder> folders)
    {
        var catalog = new PluginCatalog();
        var seenAssemblies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var assemblyPath in folder.FindAssemblies())
            {
                if (seenAssemblies.Add(Path.GetFullPath(assemblyPath)))
                    catalog.LoadOne(assemblyPath, folder.Origin);
            }
        }
        catalog.RejectDuplicateIds();
        return catalog;
    }

    public LoadedPlugin? Find(string id) => _plugins.FirstOrDefault(p => p.Id == id);

    private void LoadOne(string assemblyPath, string origin)
    {
        var directory = Path.GetDirectoryName(assemblyPath)!;
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                assemblyPath,
                sharedTypes: [typeof(IProcessorPlugin)],
                configure: config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();

            // Read the SDK version from metadata, before touching any type of the plugin: a plugin built
            // against another major may not even load its types against this SDK.
            var sdkReference = assembly.GetReferencedAssemblies()
                .FirstOrDefault(a => a.Name == typeof(IProcessorPlugin).Assembly.GetName().Name);
            if (sdkReference?.Version is not { } sdkVersion)
            {
                _errors.Add(new PluginLoadError(name, directory, "does not reference Processor.Abstractions, so it is no Processor plugin"));
                return;
            }
            if (sdkVersion.Major != ProcessorSdk.Version.Major)
            {
                _errors.Add(new PluginLoadError(name, directory,
                    $"built against Processor SDK {Format(sdkVersion)}, but this host has SDK {Format(ProcessorSdk.Version)}; " +
                    $"rebuild the plugin against Processor.Abstractions {ProcessorSdk.Version.Major}.x" +
                    (sdkVersion.Major < ProcessorSdk.Version.Major ? " (docs/versioning.md says what changed between the majors)" : "")));
                return;
            }

            var types = assembly.GetExportedTypes()
                .Where(t => typeof(IProcessorPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (types.Count == 0)
            {
                _errors.Add(new PluginLoadError(name, directory, "contains no public class implementing IProcessorPlugin"));
                return;
            }
            var version = assembly.GetName().Version ?? new Version(0, 0, 0);
            foreach (var type in types)
            {
                var plugin = (IProcessorPlugin)Activator.CreateInstance(type)!;
                _plugins.Add(new LoadedPlugin(plugin, directory, version, sdkVersion, origin));
            }
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
            _errors.Add(new PluginLoadError(name, directory, $"failed to load: {inner.GetType().Name}: {FirstLine(inner.Message)}"));
        }
    }

    private void RejectDuplicateIds()
    {
        foreach (var group in _plugins.GroupBy(p => p.Id).Where(g => g.Count() > 1).ToList())
        {
            var folders = string.Join(" and ", group.Select(p => p.Directory));
            foreach (var p in group) _plugins.Remove(p);
            _errors.Add(new PluginLoadError(group.Key, folders,
                $"the id '{group.Key}' is provided by more than one folder; remove one of them (ids must be unique)"));
        }
    }

    private static string Format(Version v) => $"{v.Major}.{v.Minor}.{Math.Max(0, v.Build)}";

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();
}
