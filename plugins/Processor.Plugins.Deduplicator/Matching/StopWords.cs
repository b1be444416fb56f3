namespace Processor.Plugins.Deduplicator.Matching;

/// <summary>
/// Words that say nothing about which fact a sentence states: function words, and the verbs and titles of
/// attribution ("said", "according", "Mr") — "X said the plant closed" and "the plant closed" state the same fact.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "by", "for", "from", "with", "that", "which", "who",
        "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "as", "than", "per", "its", "it", "their", "his", "her", "he", "she", "they", "them", "we", "you", "i", "our",
        "your", "this", "these", "those", "there", "here", "not", "no", "but", "if", "so", "also", "into", "over",
        "under", "about", "after", "before", "would", "will", "could", "can", "may", "might", "should", "shall", "must",
        "up", "out", "then", "just", "more", "most", "said", "says", "say", "told", "added", "according", "stated",
        "mr", "mrs", "ms", "dr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
