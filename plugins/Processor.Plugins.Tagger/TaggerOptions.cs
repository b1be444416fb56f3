namespace Processor.Plugins.Tagger;

/// <summary>Which taggers run and how. YAML names are snake_case.</summary>
public sealed class TaggerOptions
{
    /// <summary>A YAML file of entities with aliases (see docs/configuration.md); relative to the pipeline file.</summary>
    public string? Gazetteer { get; set; }

    public bool Entities { get; set; } = true;

    public bool Figures { get; set; } = true;

    public bool Speakers { get; set; } = true;

    /// <summary>The kind of each sentence (tag <c>kind</c>: fact, opinion, quote, question, testimony).</summary>
    public bool Kinds { get; set; } = true;

    /// <summary>Capitalised multi-word names no gazetteer alias covers (tag <c>name</c>): what the gazetteer may lack.</summary>
    public bool Names { get; set; } = true;

    /// <summary>Publication date, authors and publisher of each document.</summary>
    public bool DocumentMetadata { get; set; } = true;

    /// <summary>Extra exact .NET date formats for a short date line at the start of an article (e.g. <c>dd.MM.yyyy</c>).</summary>
    public List<string> DateFormats { get; set; } = [];

    /// <summary>
    /// Extra byline patterns (regular expressions with a <c>names</c> group, e.g. <c>^Von (?&lt;names&gt;.+)$</c>),
    /// tried on the lines the splitter marked as bylines and sign-offs.
    /// </summary>
    public List<string> BylinePatterns { get; set; } = [];

    /// <summary>Words after a number that say what it counts even when they are not nouns (e.g. "years").</summary>
    public List<string> FigureNouns { get; set; } = [];
}
