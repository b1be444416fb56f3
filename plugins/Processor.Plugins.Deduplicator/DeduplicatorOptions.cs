using System.ComponentModel.DataAnnotations;

namespace Processor.Plugins.Deduplicator;

/// <summary>Exact, near-duplicate and paraphrase merging of claims, and the links between claims that stay apart. YAML names are snake_case.</summary>
public sealed class DeduplicatorOptions
{
    /// <summary>Merge claims whose normalised text is identical.</summary>
    public bool Exact { get; set; } = true;

    /// <summary>Merge claims whose character-shingle Jaccard similarity is at least <see cref="Threshold"/>.</summary>
    public bool Near { get; set; } = true;

    /// <summary>Jaccard similarity (0–1) from which two claims are the same claim.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double Threshold { get; set; } = 0.55;

    /// <summary>Merge claims that state the same thing in other words (with the same numbers).</summary>
    public bool Paraphrase { get; set; } = true;

    /// <summary>
    /// Probability (0–1) from which the paraphrase model calls two claims the same statement. 0.77 measured precision
    /// 0.90 on the paraphrase corpus (bench/RESULTS.md); lower finds more at lower precision.
    /// </summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double ParaphraseThreshold { get; set; } = 0.77;

    /// <summary>
    /// Probability (0–1) from which two claims whose numbers differ are compared figure by figure for a conflict. Lower
    /// than <see cref="ParaphraseThreshold"/>: such claims are only linked, never merged, and only on a figure that counts
    /// the same thing.
    /// </summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double ConflictThreshold { get; set; } = 0.5;

    /// <summary>
    /// Link claims that stay apart: sources that give different figures for one quantity (conflicts), and claims of
    /// different sources that state one fact in different sentences.
    /// </summary>
    public bool Links { get; set; } = true;

    /// <summary>Group documents into stories: reports of one event or subject, followed from run to run.</summary>
    public bool Stories { get; set; } = true;

    /// <summary>Cosine similarity (0–1) of a document's terms to a story's from which it joins the story.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double StorySimilarity { get; set; } = 0.2;

    /// <summary>Days between a document's publication and a story's nearest report beyond which it does not join (a story goes quiet).</summary>
    [Range(0, int.MaxValue)]
    public int StoryDays { get; set; } = 4;

    /// <summary>Find documents that are copies of one article (syndication), so that they count once as independent sources.</summary>
    public bool Documents { get; set; } = true;

    /// <summary>Find paragraphs (of two or more claims) that are copies of each other, and report them.</summary>
    public bool Paragraphs { get; set; } = true;

    /// <summary>
    /// Distinct claim texts remembered between runs (with a state store) so that a claim reworded since an earlier
    /// run is recognised rather than announced as new; 0 remembers nothing. About 73 bytes a text.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int Remember { get; set; } = 200_000;

    /// <summary>Word-shingle Jaccard similarity from which two documents are copies of one article (syndication), or two paragraphs copies of one passage.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double DocumentThreshold { get; set; } = 0.5;

    /// <summary>Characters per shingle.</summary>
    public int ShingleSize { get; set; } = 5;

    /// <summary>MinHash permutations; must equal bands × rows.</summary>
    public int Permutations { get; set; } = 128;

    /// <summary>LSH bands; more bands find pairs of lower similarity.</summary>
    public int Bands { get; set; } = 32;
}
