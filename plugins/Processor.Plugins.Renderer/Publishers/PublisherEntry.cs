namespace Processor.Plugins.Renderer.Publishers;

/// <summary>One outlet of <c>publishers.yaml</c> (docs/configuration.md). YAML names are snake_case.</summary>
public sealed class PublisherEntry
{
    /// <summary>The name shown in the digest.</summary>
    public string Name { get; set; } = "";

    /// <summary>Publisher names, site names or domains that mean this outlet, as pages and bylines write them (compared without case).</summary>
    public List<string> Match { get; set; } = [];

    /// <summary>Source files (globs relative to the pipeline, e.g. <c>002_*.txt</c>) whose documents name no publisher but come from this outlet.</summary>
    public List<string> Files { get; set; } = [];

    /// <summary>What kind of outlet: agency, newspaper, broadcaster, news site, advocacy, government, blog… (a free label).</summary>
    public string? Kind { get; set; }

    /// <summary>Its side or lean on the subjects of the corpus (free labels, e.g. "critical of the MEK").</summary>
    public List<string> Side { get; set; } = [];

    public string? Country { get; set; }
}
