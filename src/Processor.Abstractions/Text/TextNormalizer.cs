using System.Text;

namespace Processor.Abstractions;

/// <summary>Display normalisation shared by the host and plugins. It never changes spans, only shown text.</summary>
public static class TextNormalizer
{
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' ')) return false;
        }
        return true;
    }

    /// <summary>
    /// The text two statements are compared on: lower case, curly quotes and dashes made plain, punctuation
    /// dropped, white space folded. "MEK’s  “cult”" and "MEK's "cult"" fold alike.
    /// </summary>
    public static string FoldForComparison(string text)
    {
        // Folding never lengthens a text (a space is written only for a dropped character before it).
        char[]? rented = null;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = false;
        foreach (var raw in text)
        {
            var c = raw < 128 ? AsciiFold[raw] : FoldOther(raw);
            if (c == Separator) { space = true; continue; }
            if (c == Dropped) continue;
            if (space && length > 0) buffer[length++] = ' ';
            space = false;
            buffer[length++] = c;
        }
        var folded = new string(buffer[..length]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return folded;
    }

    /// <summary>
    /// The key two statements are equal on: XxHash3 of the UTF-8 bytes of their fold (<see cref="FoldForComparison"/>).
    /// The one definition of "the same text": the deduplicator merges on it and the state store keeps it to know what an
    /// earlier run saw, so changing it makes every claim new once.
    /// </summary>
    public static ulong ComparisonKey(string text) => ComparisonKeyOfFolded(FoldForComparison(text));

    /// <summary><see cref="ComparisonKey"/> of a text already folded, without a byte array per call.</summary>
    public static ulong ComparisonKeyOfFolded(string folded)
    {
        var max = Encoding.UTF8.GetMaxByteCount(folded.Length);
        byte[]? rented = null;
        var buffer = max <= 1024 ? stackalloc byte[max] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        var key = System.IO.Hashing.XxHash3.HashToUInt64(buffer[..Encoding.UTF8.GetBytes(folded, buffer)]);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return key;
    }

    private const char Separator = '\uFFFF';
    private const char Dropped = '\uFFFE';

    /// <summary>The fold of each ASCII character, computed once: scraped text is mostly ASCII.</summary>
    private static readonly char[] AsciiFold = [.. Enumerable.Range(0, 128).Select(c => FoldOther((char)c))];

    /// <summary>A letter or digit folded to lower case; <see cref="Separator"/> for space, punctuation and symbols; else <see cref="Dropped"/>.</summary>
    private static char FoldOther(char raw)
    {
        var c = raw switch { '’' or '‘' or '`' => '\'', '“' or '”' => '"', '–' or '—' => '-', _ => char.ToLowerInvariant(raw) };
        if (char.IsLetterOrDigit(c)) return c;
        return char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) ? Separator : Dropped;
    }

    /// <summary>Trims and folds every run of white space (line breaks included) into one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        if (IsCollapsed(text)) return text;   // the common case: no copy
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
