namespace Processor.Plugins.Splitter;

/// <summary>How the splitter finds articles, boilerplate and claims. YAML names are snake_case.</summary>
public sealed class SplitterOptions
{
    /// <summary>auto: markers plus topic shifts; markers: structural markers only; none: one article per file.</summary>
    public BoundaryMode Boundaries { get; set; } = BoundaryMode.Auto;

    /// <summary>How readily <c>auto</c> splits on a topic shift, 0 (rarely) to 1 (often).</summary>
    public double Sensitivity { get; set; } = 0.5;

    /// <summary>Minimum words for a sentence to be a claim.</summary>
    public int MinClaimWords { get; set; } = 6;

    /// <summary>Maximum words for a line to count as a headline.</summary>
    public int MaxHeadingWords { get; set; } = 16;

    /// <summary>A short line repeated at least this many times in one file is treated as template text.</summary>
    public int RepeatedLineThreshold { get; set; } = 3;

    /// <summary>
    /// A short line found in at least this many different files is template text (menus, site names); 0 (the
    /// default) turns it off, because an article scraped into that many files would lose its headline too.
    /// </summary>
    public int CrossSourceThreshold { get; set; }

    /// <summary>Extra phrases (matched case-insensitively against a whole line) to drop as boilerplate.</summary>
    public List<string> BoilerplatePhrases { get; set; } = [];
}
