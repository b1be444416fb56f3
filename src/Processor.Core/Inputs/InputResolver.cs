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
        var full = Path.GetFullPath(pattern, baseDirectory);
        if (File.Exists(full)) return [full];
        if (Directory.Exists(full)) return Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(IsNotHidden);

        // Split into the longest literal directory prefix and the glob after it, so "../x/*.txt" works.
        var normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        var literal = new List<string>();
        foreach (var part in parts)
        {
            if (part.IndexOfAny(['*', '?', '[']) >= 0) break;
            literal.Add(part);
        }
        var root = Path.GetFullPath(string.Join('/', literal), baseDirectory);
        var rest = string.Join('/', parts.Skip(literal.Count));
        if (rest.Length == 0 || !Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        return matcher.GetResultsInFullPath(root).Where(IsNotHidden);
    }

    private static bool IsNotHidden(string path) => !Path.GetFileName(path).StartsWith('.');
}
