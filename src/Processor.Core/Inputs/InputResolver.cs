using Microsoft.Extensions.FileSystemGlobbing;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;

namespace Processor.Core.Inputs;

/// <summary>Expands the pipeline's input globs into files, in a stable (ordinal path) order.</summary>
public static class InputResolver
{
    public static IReadOnlyList<string> Resolve(PipelineConfig config, DiagnosticBag diagnostics)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var empty = new List<InputConfig>();
        foreach (var input in config.Inputs)
        {
            var matches = Expand(config.BaseDirectory, input.Pattern).ToList();
            if (matches.Count == 0) empty.Add(input);
            files.UnionWith(matches);
        }
        // One pattern matching nothing is worth a warning (a folder may have no .html today); all of them
        // matching nothing is an error: the run would have nothing to read.
        foreach (var input in empty)
        {
            var message = $"input '{input.Pattern}' matches no file (paths are relative to the pipeline file's folder, {config.BaseDirectory})";
            if (files.Count == 0) diagnostics.Error(input.Location.File, input.Location.Line, input.Location.Column, message);
            else diagnostics.Warning(input.Location.File, input.Location.Line, input.Location.Column, message);
        }
        return files.ToList();
    }

    private static IEnumerable<string> Expand(string baseDirectory, string pattern)
    {
        var (root, glob) = Split(baseDirectory, pattern);
        if (glob is null)
        {
            if (File.Exists(root)) return [root];
            if (Directory.Exists(root)) return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(IsNotHidden);
            return [];
        }
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(glob);
        return matcher.GetResultsInFullPath(root).Where(IsNotHidden);
    }

    /// <summary>
    /// Where an input pattern reads: a file, a folder read whole (<c>Glob</c> null), or the longest literal folder
    /// prefix and the glob below it, so "../x/*.txt" works.
    /// </summary>
    public static (string Root, string? Glob) Split(string baseDirectory, string pattern)
    {
        var full = Path.GetFullPath(pattern, baseDirectory);
        if (File.Exists(full) || Directory.Exists(full)) return (full, null);
        var parts = pattern.Replace('\\', '/').Split('/');
        var literal = new List<string>();
        foreach (var part in parts)
        {
            if (part.IndexOfAny(['*', '?', '[']) >= 0) break;
            literal.Add(part);
        }
        var root = Path.GetFullPath(string.Join('/', literal), baseDirectory);
        var rest = string.Join('/', parts.Skip(literal.Count));
        return rest.Length == 0 ? (root, null) : (root, rest);
    }

    /// <summary>True when the glob of <see cref="Split"/> matches <paramref name="relativePath"/> (a path below its root).</summary>
    public static bool GlobMatches(string glob, string relativePath)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(glob);
        return matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
    }

    private static bool IsNotHidden(string path) => !Path.GetFileName(path).StartsWith('.');
}
