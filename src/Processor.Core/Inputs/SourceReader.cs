using System.Security.Cryptography;
using Processor.Abstractions;

namespace Processor.Core.Inputs;

/// <summary>
/// Reads one input file for the pipeline and decides whether it can be processed at all: too large,
/// binary, not UTF-8 or unreadable files are turned into a <see cref="SkippedInput"/> with a reason,
/// never an exception.
/// </summary>
public static class SourceReader
{
    /// <summary>
    /// The path as the digest writes it: relative to the pipeline's folder, '/' between folders. On Windows '\\' is a
    /// separator and becomes '/'; elsewhere it is a character of a file's name and is kept, so the path finds the file again.
    /// </summary>
    public static string RelativePath(string baseDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath);
        return Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative;
    }

    /// <summary>Stable id of a source: the first 10 hex digits of SHA-256 of its relative path.</summary>
    public static string IdFor(string relativePath) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(relativePath)))[..10];

    public static (SourceText? Text, SkippedInput? Skipped) Read(string baseDirectory, string fullPath, long maxBytes)
    {
        var relative = RelativePath(baseDirectory, fullPath);
        var extension = Path.GetExtension(fullPath).TrimStart('.').ToLowerInvariant();
        if (!SourceFile.ReadableExtensions.Contains(extension))
            return (null, new SkippedInput(relative, $"'.{extension}' is not a format Processor reads (it reads .txt, .md, .html, .htm and .jsonl); " +
                "convert the file to one of them, or narrow the input pattern so it is not listed"));
        byte[] bytes;
        try
        {
            // Pipes and devices are never opened (a pipe blocks, /dev/zero never ends); the size is checked against what
            // is actually read too, since a file can grow, or report a size it does not have.
            var status = FileKind.Of(fullPath);
            if (status.Type != FileType.Regular) return (null, new SkippedInput(relative, FileKind.Describe(status.Type)));
            if (status.Size > maxBytes) return (null, TooLarge(relative, status.Size, maxBytes));
            bytes = ReadAtMost(fullPath, maxBytes);
            if (bytes.Length > maxBytes) return (null, TooLarge(relative, bytes.Length, maxBytes));
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

    private static SkippedInput TooLarge(string relative, long length, long maxBytes) =>
        new(relative, $"file is {length:N0} bytes or more, over the limit of {maxBytes:N0} (raise 'max_file_bytes' in the pipeline to include it)");

    /// <summary>The file's bytes, but never more than <paramref name="maxBytes"/> + 1 (which says it is too large).</summary>
    private static byte[] ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var expected = stream.CanSeek ? stream.Length : 0;
        var limit = maxBytes >= Array.MaxLength ? Array.MaxLength : (int)maxBytes + 1;
        var buffer = new byte[Math.Min(limit, Math.Max(expected, 0) + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length >= limit) break;
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2 + 4096));
            }
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>
    /// Why the bytes cannot be processed (with the 1-based line of the problem), or null. Text in any encoding is read
    /// (<see cref="CharsetSniffer"/> decides which; invalid UTF-8 bytes read as U+FFFD): only binary files and broken
    /// UTF-16 are refused.
    /// </summary>
    public static (string Reason, int Line)? Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return CheckUtf16(bytes, bigEndian: bytes[0] == 0xFE);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return ($"binary file (NUL byte at offset {nul}); only text, HTML and JSON Lines files can be read", LineAt(bytes, nul));
        return null;
    }

    /// <summary>A UTF-16 file (with its byte order mark) must have whole code units, paired surrogates and no NUL.</summary>
    private static (string Reason, int Line)? CheckUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0) return ("UTF-16 text with an odd number of bytes (truncated?)", 0);
        var line = 1;
        for (var i = 2; i < bytes.Length; i += 2)
        {
            var unit = (char)(bigEndian ? bytes[i] << 8 | bytes[i + 1] : bytes[i + 1] << 8 | bytes[i]);
            if (unit == '\n') line++;
            if (unit == '\0') return ($"binary file (NUL character at offset {i})", line);
            if (char.IsHighSurrogate(unit))
            {
                var next = i + 3 < bytes.Length ? (char)(bigEndian ? bytes[i + 2] << 8 | bytes[i + 3] : bytes[i + 3] << 8 | bytes[i + 2]) : '\0';
                if (!char.IsLowSurrogate(next)) return ($"not valid UTF-16 (unpaired surrogate at offset {i})", line);
                i += 2;
            }
            else if (char.IsLowSurrogate(unit)) return ($"not valid UTF-16 (unpaired surrogate at offset {i})", line);
        }
        return null;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
