namespace Processor.Abstractions;

/// <summary>
/// How a source's characters are encoded, from its byte order mark. Span offsets are always byte offsets in
/// the file as it is: UTF-8 bytes for UTF-8 files, UTF-16 code-unit bytes (2 per unit) for UTF-16 files.
/// </summary>
public enum TextEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian, with the FF FE byte order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, with the FE FF byte order mark.</summary>
    Utf16BigEndian,
}
