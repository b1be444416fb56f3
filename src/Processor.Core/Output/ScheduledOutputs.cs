using System.Xml.Linq;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.State;

namespace Processor.Core.Output;

/// <summary>
/// For scheduled runs whose output path is dated (<c>out/{date:yyyy-MM-dd}</c>): a stable <c>out/latest/</c>
/// copy of the newest digest, an Atom feed <c>out/feed.xml</c> listing every digest once, and retention
/// (<c>keep: N</c>). Each file is replaced atomically.
/// </summary>
public sealed class ScheduledOutputs(PipelineConfig config, IRunLog log)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private bool IsDated => OutputPathTemplate.IsDated(config.Output);

    private static string Parent(string outputDirectory) => Path.GetDirectoryName(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar))!;

    /// <summary>What follows putting a dated digest in place: <c>latest/</c>, and with a state the feed and retention.</summary>
    public void AfterPublication(string outputDirectory, StateStore? state)
    {
        if (!IsDated || !Directory.Exists(outputDirectory)) return;
        UpdateLatest(outputDirectory);
        PublicationStep.Reach(PublicationStep.Latest);
        if (state is not null) WriteFeedAndApplyRetention(state);
    }

    /// <summary><c>latest/</c> becomes a copy of the newest digest, swapped in like the digest itself.</summary>
    private static void UpdateLatest(string outputDirectory)
    {
        var latest = Path.Combine(Parent(outputDirectory), "latest");
        if (!DigestFolder.MayReplace(latest)) return;   // refused before the run; the user made it since
        var staging = Path.Combine(Parent(outputDirectory), $".latest.tmp-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(staging, Path.GetRelativePath(outputDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Directory.CreateDirectory(staging);
        if (AtomicRename.Replace(staging, latest)) Directory.Delete(staging, recursive: true);
    }

    private void WriteFeedAndApplyRetention(StateStore state)
    {
        var digests = Latest(state.Digests());
        if (digests.Count == 0) return;
        var parent = Parent(digests[^1].Folder);

        if (config.Keep is { } keep && digests.Count > keep)
        {
            var expired = digests.Take(digests.Count - keep).ToList();
            foreach (var digest in expired)
            {
                var folder = Path.GetFullPath(digest.Folder);
                // Only Processor's own digest folders inside the output parent are ever deleted.
                if (Path.GetDirectoryName(folder) == parent && Path.GetFileName(folder) != "latest" && DigestFolder.IsMarked(folder))
                    Directory.Delete(folder, recursive: true);
            }
            state.ForgetDigests(state.Digests().Where(d => expired.Any(e => e.Folder == d.Folder)).Select(d => d.RunId));
            log.Info($"retention: removed {expired.Count} old digest(s), keeping {keep}");
            digests = digests.Skip(expired.Count).ToList();
        }
        WriteAtomically(Path.Combine(parent, "feed.xml"), Feed(digests, parent).ToString());
    }

    /// <summary>One entry per folder: a folder written twice (two runs on one day) counts once, as its last run.</summary>
    private static List<DigestRecord> Latest(IReadOnlyList<DigestRecord> digests) =>
        digests.GroupBy(d => d.Folder).Select(g => g.MaxBy(d => d.RunId)!).OrderBy(d => d.RunId).ToList();

    private XDocument Feed(List<DigestRecord> digests, string parent)
    {
        var title = config.Name ?? Path.GetFileNameWithoutExtension(config.FilePath);
        var feedId = $"urn:processor:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(config.FilePath)))[..16]}";
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Atom + "feed",
                new XElement(Atom + "id", feedId),
                new XElement(Atom + "title", title),
                new XElement(Atom + "updated", digests[^1].WrittenAt.ToString("O")),
                new XElement(Atom + "author", new XElement(Atom + "name", "Processor")),
                digests.AsEnumerable().Reverse().Select(d => new XElement(Atom + "entry",
                    new XElement(Atom + "id", $"{feedId}:run:{d.RunId}"),
                    new XElement(Atom + "title", $"{d.Title} — {Path.GetFileName(d.Folder)}"),
                    new XElement(Atom + "updated", d.WrittenAt.ToString("O")),
                    new XElement(Atom + "link", new XAttribute("href", $"{Path.GetRelativePath(parent, d.Folder).Replace('\\', '/')}/{DigestFolder.EntryPage(d.Folder)}")),
                    // The digest's overview: its first line, then one line per top story with its lead claim.
                    new XElement(Atom + "summary", string.Join(Environment.NewLine, d.Headlines.Select((h, i) => i == 0 ? h : "• " + h)))))));
    }

    private static void WriteAtomically(string path, string content)
    {
        var temp = path + $".tmp-{Guid.NewGuid():N}";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
