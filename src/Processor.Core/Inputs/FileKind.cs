using System.Runtime.InteropServices;

namespace Processor.Core.Inputs;

/// <summary>What a path is, as the operating system says (following a symbolic link to its target).</summary>
public enum FileType
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// The type, device and inode of a path from <c>stat(2)</c>: .NET reports a named pipe or <c>/dev/zero</c> as an empty
/// ordinary file, and opening a pipe blocks forever, so inputs are checked here before they are opened. Device and
/// inode identify a folder however it is reached, which is how symbolic-link loops are found. Linux x64 and arm64
/// are read directly; elsewhere every existing path counts as a regular file or folder (the per-file size limit and
/// stage timeouts still bound what a special file can cost).
/// </summary>
public static partial class FileKind
{
    public readonly record struct Status(FileType Type, ulong Device, ulong Inode, long Size);

    /// <summary>The status of <paramref name="path"/>'s target (a link is followed).</summary>
    public static Status Of(string path) => Read(path, follow: true);

    /// <summary>True when <paramref name="path"/> itself is a symbolic link.</summary>
    public static bool IsSymbolicLink(string path)
    {
        try { return new FileInfo(path).LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static Status Read(string path, bool follow)
    {
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64 && _statWorks)
        {
            try { return ReadLinux(path, follow); }
            catch (EntryPointNotFoundException) { _statWorks = false; }   // a C library before glibc 2.33 exports no stat()
        }
        if (Directory.Exists(path)) return new Status(FileType.Directory, 0, (ulong)StringComparer.Ordinal.GetHashCode(Path.GetFullPath(path)), 0);
        return File.Exists(path) ? new Status(FileType.Regular, 0, 0, new FileInfo(path).Length) : new Status(FileType.Missing, 0, 0, 0);
    }

    private static bool _statWorks = true;

    private static Status ReadLinux(string path, bool follow)
    {
        {
            Span<byte> buffer = stackalloc byte[256];
            var result = follow ? Stat(path, ref MemoryMarshal.GetReference(buffer)) : LStat(path, ref MemoryMarshal.GetReference(buffer));
            if (result != 0) return new Status(FileType.Missing, 0, 0, 0);
            // struct stat: x86-64 keeps st_mode at 24 and st_size at 48; the generic layout (arm64) at 16 and 48.
            var x64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;
            var device = MemoryMarshal.Read<ulong>(buffer);
            var inode = MemoryMarshal.Read<ulong>(buffer[8..]);
            var mode = MemoryMarshal.Read<uint>(buffer[(x64 ? 24 : 16)..]);
            var size = MemoryMarshal.Read<long>(buffer[48..]);
            var type = (mode & 0xF000) switch
            {
                0x8000 => FileType.Regular,
                0x4000 => FileType.Directory,
                0x1000 => FileType.Fifo,
                0x2000 => FileType.CharacterDevice,
                0x6000 => FileType.BlockDevice,
                0xC000 => FileType.Socket,
                _ => FileType.Other,
            };
            return new Status(type, device, inode, size);
        }
    }

    /// <summary>Why a path of this type is not read, for the skip report.</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "a named pipe (FIFO), not a file: reading it could wait forever",
        FileType.CharacterDevice => "a character device (such as /dev/zero), not a file: it can be endless",
        FileType.BlockDevice => "a block device, not a file",
        FileType.Socket => "a socket, not a file",
        FileType.Missing => "a broken link or a file that vanished",
        _ => "not a regular file",
    };

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStat(string path, ref byte buffer);
}
