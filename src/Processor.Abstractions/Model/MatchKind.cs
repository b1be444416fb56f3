namespace Processor.Abstractions;

/// <summary>How two texts were found to say the same thing (<see cref="Attribution.Match"/>, <see cref="MergeRecord.Method"/>).</summary>
public static class MatchKind
{
    /// <summary>The same text once case, punctuation and spacing are folded.</summary>
    public const string Exact = "exact";

    /// <summary>A near copy: most character shingles shared (an edit, a changed word).</summary>
    public const string Near = "near";

    /// <summary>The same statement in other words, with the same numbers.</summary>
    public const string Paraphrase = "paraphrase";
}
