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
        ReportUnmatched(config, files, diagnostics);
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

    /// <summary>
    /// Readable files (.txt, .md, .html, .htm, .jsonl) in the folders the inputs read that no input matches: a page saved
    /// beside the text files would otherwise be left out without a word.
    /// </summary>
    private static void ReportUnmatched(PipelineConfig config, SortedSet<string> files, DiagnosticBag diagnostics)
    {
        foreach (var input in config.Inputs)
        {
            var (root, glob) = Split(config.BaseDirectory, input.Pattern);
            if (glob is null || !Directory.Exists(root)) continue;
            var recursive = glob.Contains("**", StringComparison.Ordinal) || glob.Contains('/');
            var unmatched = Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Take(20_000)
                .Where(f => IsNotHidden(f) && !files.Contains(f) && Path.GetExtension(f).Length > 1
                            && Processor.Abstractions.SourceFile.ReadableExtensions.Contains(Path.GetExtension(f).TrimStart('.').ToLowerInvariant()))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
                .ToList();
            if (unmatched.Count == 0) continue;
            var example = SourceReader.RelativePath(config.BaseDirectory, unmatched[0]);
            var ext = Path.GetExtension(unmatched[0]);
            diagnostics.Warning(input.Location.File, input.Location.Line, input.Location.Column,
                $"{unmatched.Count} readable file(s) under '{SourceReader.RelativePath(config.BaseDirectory, root)}' match no input (e.g. {example}); " +
                $"add a pattern such as '{SourceReader.RelativePath(config.BaseDirectory, Path.Combine(root, recursive ? "**" : "", "*" + ext))}' to read them");
            return;   // one such warning is enough to make the point
        }
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
