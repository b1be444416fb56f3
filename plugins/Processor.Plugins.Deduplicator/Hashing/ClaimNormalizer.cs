using System.Text;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// The text two claims are compared on: lower case, curly quotes and dashes made plain, punctuation
/// dropped, white space folded. "MEK’s  “cult”" and "MEK's "cult"" normalise alike.
/// </summary>
internal static class ClaimNormalizer
{
    public static string Normalize(string text)
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
}
