namespace Processor.Core.Plugins;

/// <summary>
/// A folder that holds plugins: each plugin is a sub-folder <c>Name/</c> containing <c>Name.dll</c> and its
/// own dependencies (the layout <c>dotnet publish</c> gives).
/// </summary>
/// <param name="Path">Absolute path of the folder.</param>
/// <param name="Origin">Where it was named: <c>built-in</c>, <c>--plugins</c> or <c>plugin_paths</c>.</param>
public sealed record PluginFolder(string Path, string Origin)
{
    /// <summary>The folder of the plugins shipped with the tool.</summary>
    public static PluginFolder BuiltIn => new(System.IO.Path.Combine(AppContext.BaseDirectory, "plugins"), "built-in");

    /// <summary>The main assembly of every plugin sub-folder. A folder that is itself a plugin counts too.</summary>
    public IEnumerable<string> FindAssemblies()
    {
        if (!Directory.Exists(Path)) yield break;
        var self = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(Path.TrimEnd('/', '\\')) + ".dll");
        if (File.Exists(self))
        {
            yield return self;
            yield break;
        }
        foreach (var dir in Directory.EnumerateDirectories(Path).Order(StringComparer.Ordinal))
        {
            var dll = System.IO.Path.Combine(dir, System.IO.Path.GetFileName(dir) + ".dll");
            if (File.Exists(dll)) yield return dll;
        }
    }
}
