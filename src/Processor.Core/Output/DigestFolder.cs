using System.Globalization;

namespace Processor.Core.Output;

/// <summary>
/// Processor owns its digest folders: it replaces and prunes them. A folder is Processor's when it carries the
/// marker file written into every digest, so a folder the user made (or named by mistake) is never deleted.
/// </summary>
public static class DigestFolder
{
    /// <summary>The marker's file name, written into every digest folder.</summary>
    public const string MarkerName = ".processor-digest";

    /// <summary>The digest's pages as the built-in renderer names them, the one a reader should open first leading.</summary>
    public static IReadOnlyList<string> Pages { get; } = ["digest.html", "digest.md", "digest.json"];

    /// <summary>What an older Processor wrote into a digest folder before the marker existed.</summary>
    private static readonly HashSet<string> LegacyFiles = new(Pages, StringComparer.Ordinal);

    /// <summary>
    /// The page a link to <paramref name="folder"/> should open: the first of <see cref="Pages"/> the run wrote (a pipeline
    /// may render Markdown only), else the folder itself (an output plugin with its own file names).
    /// </summary>
    public static string EntryPage(string folder) => Pages.FirstOrDefault(p => File.Exists(Path.Combine(folder, p))) ?? "";

    /// <summary>Writes the marker into <paramref name="folder"/>: which pipeline wrote it, and which run.</summary>
    public static void Mark(string folder, string pipelineFile, long? runId, DateTimeOffset started) =>
        File.WriteAllText(Path.Combine(folder, MarkerName), string.Join('\n',
            "This folder is a digest written by Processor. Processor replaces or removes it on later runs: keep your own files elsewhere.",
            $"pipeline: {Path.GetFileName(pipelineFile)}",
            $"run: {(runId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "none")}",
            $"started: {started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)}",
            ""));

    /// <summary>The run id the marker of <paramref name="folder"/> names, or null (no marker, no state, unreadable).</summary>
    public static long? MarkedRun(string folder)
    {
        try
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, MarkerName)))
                if (line.StartsWith("run: ", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var run))
                    return run;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>True when <paramref name="folder"/> holds Processor's marker.</summary>
    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, MarkerName));

    /// <summary>
    /// Whether Processor may replace or remove <paramref name="folder"/>: it does not exist, is empty, carries the
    /// marker, or holds nothing but the files an older Processor wrote (digest.html, digest.md, digest.json).
    /// </summary>
    public static bool MayReplace(string folder)
    {
        if (File.Exists(folder)) return false;
        if (!Directory.Exists(folder)) return true;
        if (IsMarked(folder)) return true;
        var entries = Directory.EnumerateFileSystemEntries(folder).ToList();
        return entries.All(e => File.Exists(e) && LegacyFiles.Contains(Path.GetFileName(e)));
    }

    /// <summary>The message for a folder Processor will not replace.</summary>
    public static string NotOwnedMessage(string folder) =>
        File.Exists(folder)
            ? $"the output '{folder}' is a file; name a folder for the digest (Processor owns it and replaces it on every run)"
            : $"the output folder '{folder}' already exists and was not written by Processor (it has no {MarkerName} marker); " +
              "Processor replaces its output folder on every run, so name a new or empty folder (e.g. 'output: out'), or move your files out of this one";
}
