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
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch { '’' or '‘' or '`' => '\'', '“' or '”' => '"', '–' or '—' => '-', _ => char.ToLowerInvariant(raw) };
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)) space = true;
        }
        return sb.ToString();
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
