namespace Processor.Plugins.Splitter.Sentences;

/// <summary>Decides whether a sentence asserts something checkable: not a question, heading or fragment.</summary>
internal static class ClaimSelector
{
    private static readonly char[] Closers = ['"', '”', '’', '\'', ')', ' '];

    public static bool IsClaim(string sentence, int minWords)
    {
        var trimmed = sentence.AsSpan().TrimEnd(Closers);
        if (trimmed.Length == 0 || trimmed.EndsWith('?')) return false;
        if (!(trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('…'))) return false;
        var words = 0;
        var lower = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c)) { if (!inWord) words++; inWord = true; }
            else if (!(c is '\'' or '’' or '-')) inWord = false;
            if (char.IsLower(c)) lower++;
            // Enough seen: most sentences settle this within their first few words.
            if (words >= minWords && lower > 0) return true;
        }
        return false;
    }
}
