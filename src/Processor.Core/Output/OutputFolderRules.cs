using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Inputs;
using YamlDotNet.RepresentationModel;

namespace Processor.Core.Output;

/// <summary>
/// What the output folder may be. Processor owns it (every run replaces it, <c>keep: N</c> prunes dated ones), so
/// it must not hold, or be held by, anything the run reads or keeps: inputs, the pipeline file, the state, plugin
/// and template folders, the file system's root or the user's home. <c>validate</c> and <c>run</c> both check this
/// before anything runs; <see cref="DigestPublisher"/> checks ownership again at the moment it replaces a folder.
/// </summary>
public static class OutputFolderRules
{
    /// <summary>Names Processor writes into a digest folder: an input glob that would match one reads the digest back.</summary>
    private static readonly string[] ProbeNames =
        [.. DigestFolder.Pages, "feed.xml", "index/claims.jsonl", "notes.txt", "notes.md", "page.html", "page.htm", "records.jsonl"];

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <param name="inputs">The resolved input files.</param>
    /// <param name="pluginFolders">Every plugin folder the run loads from (built-in, <c>--plugins</c>, <c>plugin_paths</c>).</param>
    public static void Check(PipelineConfig config, IReadOnlyList<string> inputs, IEnumerable<string> pluginFolders, DiagnosticBag diagnostics, DateTimeOffset now)
    {
        if (OutputPathTemplate.Check(config.Output) is not null) return;   // reported by the reader
        var at = config.OutputErrorLocation;
        void Error(string message) => diagnostics.Error(at.File, at.Line, at.Column, message);

        var target = Normalize(config.ResolveOutput(now));
        var dated = OutputPathTemplate.IsDated(config.Output);
        // A dated output writes latest/, feed.xml and one folder per run into its parent: the parent is Processor's area.
        var area = dated ? Normalize(Path.GetDirectoryName(target)!) : target;
        var shown = config.Output;

        if (Path.GetPathRoot(area) is { } root && Normalize(root) == area)
            Error($"'output: {shown}' is the root of the file system; name a folder of its own, e.g. 'output: out'");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && IsSameOrInside(Normalize(home), area))
            Error($"'output: {shown}' is or contains your home folder; name a folder of its own, e.g. 'output: out'");

        if (IsSameOrInside(config.FilePath, area))
            Error($"'output: {shown}' would hold the pipeline file itself (Processor replaces its output folder on every run); name a folder of its own, e.g. 'output: out'");

        foreach (var input in config.Inputs)
        {
            var (inputRoot, glob) = InputResolver.Split(config.BaseDirectory, input.Pattern);
            inputRoot = Normalize(inputRoot);
            if (IsSameOrInside(inputRoot, area))
                Error($"'output: {shown}' contains what input '{input.Pattern}' reads; the output folder must be separate from the inputs");
            else if (IsSameOrInside(area, inputRoot) && (glob is null && Directory.Exists(inputRoot)
                     || glob is not null && ProbeNames.Any(n => InputResolver.GlobMatches(glob, Path.Combine(Path.GetRelativePath(inputRoot, area), n)))))
                Error($"'output: {shown}' lies inside what input '{input.Pattern}' reads, so the next run would read its own digest; " +
                      "move the output folder out of the inputs, or narrow the input pattern");
        }
        // Plain prefixes here: the input list can be long, and links are already covered by the input roots above.
        var areaPrefix = area + Path.DirectorySeparatorChar;
        if (inputs.FirstOrDefault(f => f.StartsWith(areaPrefix, PathComparison)) is { } inside)
            Error($"'output: {shown}' contains the input file '{SourceReader.RelativePath(config.BaseDirectory, inside)}'; the output folder must be separate from the inputs");

        if (config.State is { } state)
        {
            var statePath = Normalize(config.Resolve(state));
            if (IsSameOrInside(statePath, area) || IsSameOrInside(Path.GetDirectoryName(statePath)!, area))
                Error($"'output: {shown}' would hold the state ('state: {state}'), which every run replaces; keep them apart");
        }

        foreach (var folder in pluginFolders.Select(Normalize))
            if (IsSameOrInside(folder, area) || IsSameOrInside(area, folder))
                Error($"'output: {shown}' overlaps the plugin folder '{folder}'; keep the output folder apart from plugins");

        foreach (var stage in config.Stages)
        foreach (var (option, value) in PathOptions(stage.With))
        {
            var path = Normalize(config.Resolve(value));
            if (!File.Exists(path) && !Directory.Exists(path)) continue;
            if (IsSameOrInside(path, area) || Directory.Exists(path) && IsSameOrInside(area, path))
                Error($"'output: {shown}' overlaps '{value}', which plugin '{stage.Use}' reads (option '{option}'); keep the output folder apart from it");
        }

        if (!DigestFolder.MayReplace(target)) Error(DigestFolder.NotOwnedMessage(target));
        if (dated && !DigestFolder.MayReplace(Path.Combine(area, "latest"))) Error(DigestFolder.NotOwnedMessage(Path.Combine(area, "latest")));
    }

    /// <summary>Every scalar of a stage's options, with the option it belongs to: the host knows no plugin, so any value may be a path.</summary>
    private static IEnumerable<(string Option, string Value)> PathOptions(YamlNode? node, string option = "")
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } value } when option.Length > 0:
                yield return (option, value);
                break;
            case YamlMappingNode map:
                foreach (var (key, child) in map.Children)
                foreach (var found in PathOptions(child, option.Length > 0 ? option : (key as YamlScalarNode)?.Value ?? ""))
                    yield return found;
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                foreach (var found in PathOptions(child, option))
                    yield return found;
                break;
        }
    }

    /// <summary>An absolute path without a trailing separator, with symbolic links of its existing part resolved.</summary>
    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            try
            {
                if (new FileInfo(resolved).LinkTarget is not null
                    && new FileInfo(resolved).ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    resolved = Path.GetFullPath(target.FullName);
            }
            catch (IOException) { /* a loop or an unreadable link: compare the path as written */ }
        }
        return resolved.Length > root.Length ? resolved.TrimEnd(Path.DirectorySeparatorChar) : resolved;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        path = Normalize(path);
        if (string.Equals(path, folder, PathComparison)) return true;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }
}
