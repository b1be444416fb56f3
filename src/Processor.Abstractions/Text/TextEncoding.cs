namespace Processor.Abstractions;

/// <summary>
/// How a source's characters are encoded (see <see cref="SourceText.Charset"/> for the decoder itself). Span offsets
/// are always byte offsets in the file as it is: UTF-8 bytes for UTF-8 files, UTF-16 code-unit bytes (2 per unit)
/// for UTF-16 files, the bytes of the declared code page for legacy files.
/// </summary>
public enum TextEncoding
{
    /// <summary>UTF-8, with or without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian, with the FF FE byte order mark.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, with the FE FF byte order mark.</summary>
    Utf16BigEndian,

    /// <summary>
    /// A legacy code page (windows-1252, ISO-8859-x, Shift_JIS, GBK, KOI8-R, …), declared by an HTML page or XML
    /// declaration, or guessed for a file that is not UTF-8. Every code page read this way keeps ASCII bytes as ASCII,
    /// so line feeds and markup are where they seem.
    /// </summary>
    Legacy,
}
