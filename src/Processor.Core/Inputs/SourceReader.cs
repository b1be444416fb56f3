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
    public static string RelativePath(string baseDirectory, string fullPath) =>
        Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');

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
