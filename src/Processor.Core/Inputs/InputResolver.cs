using Microsoft.Extensions.FileSystemGlobbing;
using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;

namespace Processor.Core.Inputs;

/// <summary>What the inputs list: the files to read (ordinal path order), and what was found but cannot be read.</summary>
/// <param name="Files">Full paths of the regular files to read.</param>
/// <param name="Skipped">Special files, loops and unreadable folders, each with the reason (they reach the digest's skipped list).</param>
public sealed record InputSet(IReadOnlyList<string> Files, IReadOnlyList<SkippedInput> Skipped);

/// <summary>
/// Expands the pipeline's inputs (files, folders, globs) into files, through <see cref="InputWalker"/>, so that
/// symbolic-link loops, pipes and devices never reach a reader.
/// </summary>
public static class InputResolver
{
    public static InputSet Resolve(PipelineConfig config, DiagnosticBag diagnostics)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        var empty = new List<InputConfig>();
        foreach (var input in config.Inputs)
        {
            var walker = new InputWalker(config.FollowSymlinks);
            var matches = Expand(config.BaseDirectory, input.Pattern, walker, skipped).ToList();
            foreach (var (path, reason) in walker.Skipped) skipped.TryAdd(path, reason);
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
        return new InputSet([.. files],
            [.. skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SkippedInput(SourceReader.RelativePath(config.BaseDirectory, s.Key), s.Value))]);
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
            var walker = new InputWalker(config.FollowSymlinks);
            walker.Walk(root, recursive);
            var unmatched = walker.Files
                .Where(f => !files.Contains(f) && Path.GetExtension(f).Length > 1
                            && SourceFile.ReadableExtensions.Contains(Path.GetExtension(f).TrimStart('.').ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
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

    private static IEnumerable<string> Expand(string baseDirectory, string pattern, InputWalker walker, Dictionary<string, string> skipped)
    {
        var (root, glob) = Split(baseDirectory, pattern);
        if (glob is null)
        {
            var status = FileKind.Of(root);
            switch (status.Type)
            {
                case FileType.Regular: return [root];
                case FileType.Directory:
                    walker.Walk(root);
                    return walker.Files;
                case FileType.Missing: return [];
                default:
                    skipped.TryAdd(root, FileKind.Describe(status.Type));
                    return [];
            }
        }
        if (FileKind.Of(root).Type != FileType.Directory) return [];
        walker.Walk(root, recursive: glob.Contains("**", StringComparison.Ordinal) || glob.Contains('/'));
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(glob);
        var relative = walker.Files.Select(f => Path.GetRelativePath(root, f)).ToList();
        var matched = matcher.Match(root, relative).Files.Select(m => Path.GetFullPath(Path.Combine(root, m.Path))).ToHashSet(StringComparer.Ordinal);
        // Special files are reported only when the pattern names them.
        foreach (var (path, reason) in walker.Skipped.ToList())
            if (!Directory.Exists(path) && !matcher.Match(root, [Path.GetRelativePath(root, path)]).HasMatches && !reason.StartsWith("the folder", StringComparison.Ordinal))
                walker.Skipped.Remove((path, reason));
        return matched;
    }

    /// <summary>
    /// Where an input pattern reads: a file, a folder read whole (<c>Glob</c> null), or the longest literal folder
    /// prefix and the glob below it, so "../x/*.txt" works.
    /// </summary>
    public static (string Root, string? Glob) Split(string baseDirectory, string pattern)
    {
        var full = Path.GetFullPath(pattern, baseDirectory);
        if (File.Exists(full) || Directory.Exists(full) || FileKind.Of(full).Type != FileType.Missing) return (full, null);
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
}
