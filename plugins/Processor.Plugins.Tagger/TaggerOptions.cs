namespace Processor.Plugins.Tagger;

/// <summary>Which taggers run and how. YAML names are snake_case.</summary>
public sealed class TaggerOptions
{
    /// <summary>A YAML file of entities with aliases (see docs/configuration.md); relative to the pipeline file.</summary>
    public string? Gazetteer { get; set; }

    public bool Entities { get; set; } = true;

    public bool Figures { get; set; } = true;

    public bool Speakers { get; set; } = true;

    /// <summary>Publication date, authors and publisher of each document.</summary>
    public bool DocumentMetadata { get; set; } = true;

    /// <summary>Words after a number that say what it counts even when they are not nouns (e.g. "years").</summary>
    public List<string> FigureNouns { get; set; } = [];
}
