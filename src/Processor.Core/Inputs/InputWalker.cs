
namespace Processor.Core.Inputs;

/// <summary>
/// Lists the files under a folder without the traps of a naive recursive listing: a folder reached twice (a symbolic
/// link loop, a link to an ancestor) is entered once, by device and inode; symbolic links are followed only when the
/// pipeline allows it (<c>follow_symlinks</c>); pipes, devices and sockets are reported, never opened; a folder that
/// cannot be read is reported, and the rest is still listed. Hidden entries (".name") are left out.
/// </summary>
public sealed class InputWalker(bool followSymlinks)
{
    /// <summary>How deep folders are followed; deeper ones are reported (a tree that deep is a loop in disguise or a mistake).</summary>
    public const int MaxDepth = 64;

    private readonly HashSet<(ulong Device, ulong Inode)> _visited = [];

    /// <summary>Regular files found, in no particular order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Entries that were found but not listed, with why (special files, loops, unreadable folders).</summary>
    public List<(string Path, string Reason)> Skipped { get; } = [];

    public void Walk(string root, bool recursive = true)
    {
        var rootStatus = FileKind.Of(root);
        if (rootStatus.Type != FileType.Directory) return;
        _visited.Add((rootStatus.Device, rootStatus.Inode));
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            List<string> entries;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false })];
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                Skipped.Add((folder, $"the folder cannot be read ({e.Message.TrimEnd('.')}); check its permissions"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.')) continue;
                var link = FileKind.IsSymbolicLink(entry);
                if (link && !followSymlinks)
                {
                    Skipped.Add((entry, "a symbolic link, and 'follow_symlinks: false' is set"));
                    continue;
                }
                var status = FileKind.Of(entry);
                switch (status.Type)
                {
                    case FileType.Regular:
                        Files.Add(entry);
                        break;
                    case FileType.Directory when !recursive:
                        break;
                    case FileType.Directory when !_visited.Add((status.Device, status.Inode)):
                        Skipped.Add((entry, "a folder already read through another path (a symbolic link loop?); read once"));
                        break;
                    case FileType.Directory when depth + 1 > MaxDepth:
                        Skipped.Add((entry, $"folders nested deeper than {MaxDepth} levels are not read"));
                        break;
                    case FileType.Directory:
                        pending.Push((entry, depth + 1));
                        break;
                    default:
                        Skipped.Add((entry, FileKind.Describe(status.Type)));
                        break;
                }
            }
        }
    }
}
