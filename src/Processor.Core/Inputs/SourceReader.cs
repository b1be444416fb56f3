using System.Security.Cryptography;
using System.Text.Unicode;
using Processor.Abstractions;

namespace Processor.Core.Inputs;

/// <summary>
/// Reads one input file for the pipeline and decides whether it can be processed at all: too large,
/// binary, not UTF-8 or unreadable files are turned into a <see cref="SkippedInput"/> with a reason,
/// never an exception.
/// </summary>
public static class SourceReader
{
    public static string RelativePath(string baseDirectory, string fullPath) =>
        Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');

    /// <summary>Stable id of a source: the first 10 hex digits of SHA-256 of its relative path.</summary>
    public static string IdFor(string relativePath) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(relativePath)))[..10];

    public static (SourceText? Text, SkippedInput? Skipped) Read(string baseDirectory, string fullPath, long maxBytes)
    {
        var relative = RelativePath(baseDirectory, fullPath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > maxBytes)
                return (null, new SkippedInput(relative, $"file is {length:N0} bytes, over the limit of {maxBytes:N0} (raise 'max_file_bytes' in the pipeline to include it)"));
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new SkippedInput(relative, $"cannot be read: {e.Message}"));
        }

        if (Check(bytes) is { } problem)
            return (null, new SkippedInput(relative, problem.Reason, problem.Line));

        var file = new SourceFile(IdFor(relative), relative, fullPath, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
        return (new SourceText(file, bytes), null);
    }

    /// <summary>Why the bytes cannot be processed (with the 1-based line of the problem), or null.</summary>
    public static (string Reason, int Line)? Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return ("UTF-16 text is not supported yet: convert it to UTF-8 (e.g. 'iconv -f UTF-16 -t UTF-8')", 0);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return ($"binary file (NUL byte at offset {nul})", LineAt(bytes, nul));
        if (!Utf8.IsValid(bytes))
        {
            var bad = FirstInvalidUtf8(bytes);
            return ($"not valid UTF-8 (first bad byte at offset {bad}); convert it to UTF-8", LineAt(bytes, bad));
        }
        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData) return offset;
            if (status == System.Buffers.OperationStatus.Done) break;
        }
        return offset;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
