using System.Text;

namespace Processor.Abstractions;

/// <summary>Display normalisation shared by the host and plugins. It never changes spans, only shown text.</summary>
public static class TextNormalizer
{
    /// <summary>Trims and folds every run of white space (line breaks included) into one space.</summary>
    public static string CollapseWhitespace(string text)
    {
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
