using System.Text;
using System.Text.Unicode;

namespace Processor.Abstractions;

/// <summary>
/// Decides how a file's bytes encode its characters, as a browser would: a byte order mark first, then (for HTML) a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration or an XML declaration near the start; bytes that are
/// valid UTF-8 are read as UTF-8 whatever a page declares (a page that says ISO-8859-1 but is UTF-8 is common, the
/// reverse is near impossible); anything else falls back to windows-1252 (HTML, or text with no UTF-8 sequence at all)
/// or to UTF-8 with the invalid bytes replaced by U+FFFD.
/// </summary>
public static class CharsetSniffer
{
    /// <summary>How far into a page a declaration is looked for (the HTML standard's pre-scan reads 1,024 bytes; real heads are longer).</summary>
    private const int PrescanBytes = 8192;

    static CharsetSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What was decided, and why (for the run's log when it is not plain UTF-8).</summary>
    /// <param name="Encoding">The kind of encoding.</param>
    /// <param name="Charset">The decoder to read the bytes with.</param>
    /// <param name="InvalidUtf8">Read as UTF-8, but some byte sequences are not UTF-8 (decoded as U+FFFD).</param>
    /// <param name="Note">Why this encoding, when it is not plain UTF-8 (else null).</param>
    public readonly record struct Result(TextEncoding Encoding, Encoding Charset, bool InvalidUtf8, string? Note);

    /// <summary>Decides the encoding of <paramref name="bytes"/>, a file of <paramref name="format"/>.</summary>
    public static Result Sniff(ReadOnlySpan<byte> bytes, SourceFormat format)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return new(TextEncoding.Utf16LittleEndian, Encoding.Unicode, false, null);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return new(TextEncoding.Utf16BigEndian, Encoding.BigEndianUnicode, false, null);
        var valid = Utf8.IsValid(bytes);
        var declared = format == SourceFormat.Html ? Declared(bytes[..Math.Min(bytes.Length, PrescanBytes)]) : null;
        // Valid UTF-8 is read as UTF-8 even where a page declares a legacy code page: pages that say ISO-8859-1 but are
        // UTF-8 are common, and text in a legacy code page that happens to be valid UTF-8 is near impossible.
        if (valid) return new(TextEncoding.Utf8, Encoding.UTF8, false, null);
        if (declared is { } legacy && legacy.CodePage != Encoding.UTF8.CodePage)
            return new(TextEncoding.Legacy, legacy, false, null);
        // Not one well-formed multi-byte sequence: an 8-bit file, whatever a page says (a template that declares UTF-8
        // around Latin-1 text is common).
        if (format != SourceFormat.JsonLines && !HasMultiByteUtf8(bytes))
            return new(TextEncoding.Legacy, Encoding.GetEncoding(1252), false,
                declared is null ? "is not UTF-8 and declares no encoding; read as windows-1252" : "declares UTF-8 but holds no UTF-8 sequence; read as windows-1252");
        var bad = FirstInvalidUtf8(bytes);
        return new(TextEncoding.Utf8, Encoding.UTF8, true,
            $"is not valid UTF-8 (first bad byte at offset {bad}, line {bytes[..bad].Count((byte)'\n') + 1}); invalid bytes read as U+FFFD");
    }

    /// <summary>The encoding a page declares in its first bytes, or null (none, unknown, or UTF-16, which HTML reads as UTF-8).</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        // <?xml version="1.0" encoding="ISO-8859-1"?> at the very start (XHTML).
        if (head.StartsWith("<?xml"u8) && ValueAfter(head[..Math.Max(0, head.IndexOf("?>"u8) is var end and >= 0 ? end : 0)], "encoding"u8) is { } xml)
            return Lookup(xml);
        var at = 0;
        while (at < head.Length)
        {
            var lt = head[at..].IndexOf((byte)'<');
            if (lt < 0) break;
            var tag = head[(at + lt)..];
            var close = tag.IndexOf((byte)'>');
            if (close < 0) break;
            var element = tag[..close];
            at += lt + close + 1;
            if (element.Length < 5 || !Ascii.EqualsIgnoreCase(element[1..5], "meta"u8)) continue;
            // <meta charset="x">, or <meta http-equiv="Content-Type" content="text/html; charset=x">
            if (ValueAfter(element, "charset"u8) is { } label && Lookup(label) is { } found) return found;
        }
        return null;
    }

    /// <summary>The value after <c>name=</c> (quoted or not) in a tag, case-insensitive.</summary>
    private static string? ValueAfter(ReadOnlySpan<byte> tag, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i + name.Length < tag.Length; i++)
        {
            if (!Ascii.EqualsIgnoreCase(tag.Slice(i, name.Length), name)) continue;
            var j = i + name.Length;
            while (j < tag.Length && tag[j] == (byte)' ') j++;
            if (j >= tag.Length || tag[j] != (byte)'=') continue;
            j++;
            while (j < tag.Length && tag[j] is (byte)' ' or (byte)'"' or (byte)'\'') j++;
            var k = j;
            while (k < tag.Length && tag[k] is not ((byte)'"' or (byte)'\'' or (byte)' ' or (byte)';' or (byte)'/' or (byte)'>')) k++;
            return k > j ? Encoding.ASCII.GetString(tag[j..k]) : null;
        }
        return null;
    }

    /// <summary>An encoding label as the web uses it; latin-1 and ASCII mean windows-1252 (the HTML standard's rule).</summary>
    private static Encoding? Lookup(string label)
    {
        label = label.Trim().ToLowerInvariant();
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp819" or "ibm819") label = "windows-1252";
        if (label.StartsWith("utf-16", StringComparison.Ordinal) || label is "utf8" or "unicode-1-1-utf-8") return Encoding.UTF8;
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>True when the bytes hold at least one well-formed multi-byte UTF-8 sequence.</summary>
    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var i = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF); i >= 0 && i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done && consumed > 1) return true;
            var next = bytes[(i + 1)..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0) break;
            i += next + 1;
        }
        return false;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.InvalidData) return offset;
            offset += consumed;
        }
        return offset;
    }
}
