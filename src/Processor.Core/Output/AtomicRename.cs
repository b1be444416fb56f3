using System.Runtime.InteropServices;

namespace Processor.Core.Output;

/// <summary>
/// Puts a new folder in the place of an old one with no moment at which neither exists. On Linux that is
/// <c>renameat2(RENAME_EXCHANGE)</c>: the kernel swaps the two names in one step. Where it is missing (another
/// system, or a file system that refuses it) the fallback is two renames, with a short gap between them.
/// </summary>
public static partial class AtomicRename
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Moves <paramref name="replacement"/> to <paramref name="target"/>. When the target exists the two are swapped,
    /// so afterwards <paramref name="replacement"/> holds the old folder (for the caller to delete) and true is
    /// returned; when it did not exist the replacement is simply moved and false is returned.
    /// </summary>
    public static bool Replace(string replacement, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(replacement, target);
            return false;
        }
        if (OperatingSystem.IsLinux() && TryExchange(replacement, target)) return true;
        // The fallback: the old folder steps aside under the replacement's name, then the new one moves in.
        var aside = replacement + ".swap";
        Directory.Move(replacement, aside);
        Directory.Move(target, replacement);
        Directory.Move(aside, target);
        return true;
    }

    /// <summary>True when the kernel swapped the two names.</summary>
    public static bool TryExchange(string first, string second)
    {
        try
        {
            return Renameat2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;   // a C library without renameat2 (glibc before 2.28, musl before 1.2.5)
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
