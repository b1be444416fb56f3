using System.Text.RegularExpressions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.State;

namespace Processor.Core.Output;

/// <summary>
/// Puts digests in place (docs/publication.md). A run holds the output's lock from its start; outputs are written
/// into a hidden staging folder beside the digest, sealed with the <see cref="DigestFolder"/> marker, and — after the
/// state has committed the run and recorded the publication as pending — swapped with the previous digest in one
/// step (<see cref="AtomicRename"/>). A run killed after the commit leaves a pending publication that the next start
/// finishes; anything else a killed run left (staging folders, old digests) is removed by the next run, which holds
/// the lock, so no other run can still be writing them.
/// </summary>
public sealed partial class DigestPublisher : IDisposable
{
    private readonly PipelineConfig _config;
    private readonly IRunLog _log;
    private readonly FileStream _lock;

    private DigestPublisher(PipelineConfig config, IRunLog log, string area, FileStream lockFile)
    {
        _config = config;
        _log = log;
        Area = area;
        _lock = lockFile;
    }

    /// <summary>
    /// The folder whose contents Processor owns: the digest folder itself, or for a dated output (<c>out/{date}</c>)
    /// the parent that holds the dated folders, <c>latest/</c> and <c>feed.xml</c>.
    /// </summary>
    public string Area { get; }

    /// <summary>Where staging folders and the lock live: beside the digest folder.</summary>
    private string StagingParent(string target) => Path.GetDirectoryName(target)!;

    /// <summary>Takes the output's lock (or throws <see cref="OutputLockedException"/>).</summary>
    public static DigestPublisher Open(PipelineConfig config, IRunLog log, DateTimeOffset now)
    {
        var target = Path.GetFullPath(config.ResolveOutput(now)).TrimEnd(Path.DirectorySeparatorChar);
        var area = OutputPathTemplate.IsDated(config.Output) ? Path.GetDirectoryName(target)! : target;
        var parent = Path.GetDirectoryName(area)!;
        var lockPath = Path.Combine(parent, $".{Path.GetFileName(area)}.lock");
        try
        {
            Directory.CreateDirectory(parent);
            // FileShare.None is an OS lock (flock on Linux): released when the process dies, however it dies.
            return new DigestPublisher(config, log, area, new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when ((e.HResult & 0xFFFF) is 11 or 32 or 33)   // held by another process
        {
            throw new OutputLockedException(lockPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var at = config.OutputErrorLocation;
            throw new UserErrorException(Diagnostic.Error(at.File, at.Line, at.Column,
                $"the output folder's parent {parent} cannot be written ({e.Message.TrimEnd('.')}); make it writable or choose another 'output:'"));
        }
    }

    /// <summary>Finishes the publications a killed run left pending, then removes what killed runs left behind.</summary>
    public void Recover(StateStore? state)
    {
        foreach (var pending in state?.PendingPublications() ?? [])
        {
            FinishPending(pending);
            new ScheduledOutputs(_config, _log).AfterPublication(pending.Target, state!);
            state!.CompletePublication(pending.RunId);
        }
        RemoveLeftovers();
    }

    private void FinishPending(PendingPublication pending)
    {
        // The two-rename fallback may have been stopped between its renames.
        var aside = pending.Staging + ".swap";
        if (!Directory.Exists(pending.Target) && Directory.Exists(aside)) Directory.Move(aside, pending.Target);
        if (DigestFolder.MarkedRun(pending.Target) == pending.RunId)
        {
            DeleteIfPresent(pending.Staging);
            return;
        }
        if (Directory.Exists(pending.Staging) && DigestFolder.MarkedRun(pending.Staging) == pending.RunId)
        {
            Publish(pending.Staging, pending.Target);
            _log.Info($"finished putting the digest of run {pending.RunId} in place (the run that wrote it was stopped while publishing)");
            return;
        }
        _log.Report(Diagnostic.Warning(pending.Target, 0, 0, $"the digest of run {pending.RunId} was removed before it could be put in place; the next digest replaces it"));
    }

    /// <summary>A new, empty staging folder for <paramref name="target"/>, beside it.</summary>
    public string CreateStaging(string target)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = StagingParent(target);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Marks a staged digest as Processor's and as the work of <paramref name="runId"/>.</summary>
    public void Seal(string staging, long? runId, DateTimeOffset started) => DigestFolder.Mark(staging, _config.FilePath, runId, started);

    /// <summary>
    /// Replaces <paramref name="target"/> by the sealed <paramref name="staging"/> folder in one step and removes the
    /// previous digest. A target that is not Processor's (the user made it after the checks) is never replaced.
    /// </summary>
    public void Publish(string staging, string target)
    {
        if (!DigestFolder.MayReplace(target))
        {
            var at = _config.OutputErrorLocation;
            throw new UserErrorException(Diagnostic.Error(at.File, at.Line, at.Column, DigestFolder.NotOwnedMessage(target)));
        }
        Directory.CreateDirectory(StagingParent(target));
        var swapped = AtomicRename.Replace(staging, target);
        PublicationStep.Reach(PublicationStep.Switched);
        if (swapped) DeleteIfPresent(staging);
    }

    /// <summary>Abandons a staging folder (a failed run); the previous digest stays.</summary>
    public static void Discard(string? staging)
    {
        if (staging is null) return;
        try { DeleteIfPresent(staging); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* removed by the next run, which holds the lock */ }
    }

    /// <summary>
    /// Removes the hidden folders killed runs left beside the digest (staging folders, swapped-out digests). Safe at
    /// once: this run holds the lock, so none of them can belong to a run still writing.
    /// </summary>
    private void RemoveLeftovers()
    {
        var parents = new HashSet<string>(StringComparer.Ordinal) { Path.GetDirectoryName(Area)! };
        if (OutputPathTemplate.IsDated(_config.Output) && Directory.Exists(Area)) parents.Add(Area);
        var prefix = $".{Path.GetFileName(Area)}.";
        foreach (var parent in parents.Where(Directory.Exists))
        foreach (var folder in Directory.EnumerateDirectories(parent, ".*"))
        {
            var name = Path.GetFileName(folder);
            // Beside a plain output only its own leftovers; inside a dated area every leftover is ours.
            if (!LeftoverName().IsMatch(name) || parent != Area && !name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            DeleteIfPresent(folder);
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>The names staging and swapped-out folders get: <c>.NAME.tmp-GUID</c> (and <c>.swap</c> mid-fallback).</summary>
    [GeneratedRegex(@"^\..+\.(tmp|old)-[0-9a-f]{32}(\.swap)?$")]
    private static partial Regex LeftoverName();
}
