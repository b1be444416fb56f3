namespace Processor.Core.Output;

/// <summary>
/// Writes a digest folder atomically: outputs go to a hidden sibling folder, which replaces the
/// previous digest only when everything was written. A crash leaves the previous digest in place.
/// </summary>
public sealed class OutputCommitter : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public OutputCommitter(string target)
    {
        _target = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(_target.TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        RemoveAbandoned(parent, Path.GetFileName(_target));
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(_target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>How old a staging folder must be before it counts as left behind by a killed run.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// A run killed mid-way leaves its hidden staging folder; later runs remove such folders once they are old
    /// enough that no run can still be writing them.
    /// </summary>
    private static void RemoveAbandoned(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}.tmp-*", $".{name}.old-*" })
        foreach (var folder in Directory.EnumerateDirectories(parent, pattern))
        {
            if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < AbandonedAfter) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* another process may be removing it too; it is hidden and harmless */ }
        }
    }

    /// <summary>Where the output stages write.</summary>
    public string StagingDirectory { get; }

    /// <summary>Moves the staged folder into place; the old digest is removed only after the move.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}");
            Directory.Move(_target, old);
        }
        Directory.Move(StagingDirectory, _target);
        _committed = true;
        if (old is not null) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory))
        {
            try { Directory.Delete(StagingDirectory, recursive: true); }
            catch (IOException) { /* best effort: a stale staging folder is harmless and hidden */ }
        }
    }
}
