namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// A light English stemmer for matching, not for display: one inflectional suffix is removed ("-ies", "-ing", "-ed",
/// "-es", "-s", "-ly"), a doubled final consonant is undoubled and a final "e" dropped, so that "stopped"/"stops"/
/// "stop" and "evacuation"/"evacuated" keep apart but "rates"/"rate" and "killing"/"killed" meet. Measured against
/// none on the paraphrase pairs: the stems raise the recall at equal precision; stronger (Porter) stemming was not
/// needed to reach the same figures.
/// </summary>
internal static class LightStemmer
{
    /// <summary>Writes the stem of a lower-case <paramref name="word"/> to <paramref name="stem"/> (as long as the word) and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> stem)
    {
        word.CopyTo(stem);
        var n = word.Length;
        if (n > 4 && (word.EndsWith("ies") || word.EndsWith("ied")))
        {
            stem[n - 3] = 'y';
            return n - 2;
        }
        foreach (var suffix in Suffixes)
            if (n - suffix.Length >= 3 && word.EndsWith(suffix) && !(suffix == "s" && word.EndsWith("ss")))
            {
                n -= suffix.Length;
                break;
            }
        if (n > 3 && stem[n - 1] == stem[n - 2] && IsUndoubled(stem[n - 1])) n--;
        if (n > 4 && stem[n - 1] == 'e') n--;
        return n;
    }

    private static readonly string[] Suffixes = ["ing", "ed", "es", "s", "ly"];

    /// <summary>Consonants a suffix doubles ("stopped", "planning"); not l and s ("called", "passes").</summary>
    private static bool IsUndoubled(char c) => c is >= 'a' and <= 'z' && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'l' or 's');
}
