using System.ComponentModel.DataAnnotations;

namespace Processor.Plugins.Renderer;

/// <summary>What the renderer writes. YAML names are snake_case.</summary>
public sealed class RendererOptions
{
    /// <summary>Any of <c>html</c>, <c>markdown</c>, <c>json</c>.</summary>
    [AllowedValues(OutputFormat.Html, OutputFormat.Markdown, OutputFormat.Json)]
    public List<string> Formats { get; set; } = [.. OutputFormat.Names];

    /// <summary>A folder of user templates; a file there replaces the default of the same name.</summary>
    public string? Templates { get; set; }

    /// <summary>The digest's heading; defaults to the pipeline's name.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// About how many words the briefing (the digest above its full index) may have: 2,000, ten minutes of reading. It
    /// bounds digest.html, digest.md and digest.json whatever the corpus; index/*.jsonl holds everything.
    /// </summary>
    public int Budget { get; set; } = 2_000;

    /// <summary>Claims a plugin's section lists at most.</summary>
    public int MaxClaims { get; set; } = 200;

    /// <summary>Citations shown per claim in the briefing (index/claims.jsonl has every attribution).</summary>
    public int MaxCitations { get; set; } = 3;

    /// <summary>
    /// Who publishes what (docs/configuration.md): a YAML file of outlets with their kind and side. Default:
    /// <c>publishers.yaml</c> beside the pipeline, when there is one.
    /// </summary>
    public string? Publishers { get; set; }

    /// <summary>Write the complete index (index/*.jsonl: every source, document, claim, story, conflict) beside the digest.</summary>
    public bool Index { get; set; } = true;

    /// <summary>
    /// Which attributions carry their <c>quote</c> in <c>digest.json</c>: <c>all</c>, or <c>when-different</c> — only
    /// those whose wording differs from the claim's text (an exact copy's quote is the claim's text; its span still
    /// points at it). A widely syndicated corpus repeats every quote thousands of times.
    /// </summary>
    [AllowedValues("all", "when-different")]
    public string JsonQuotes { get; set; } = "all";

    /// <summary>Characters of surrounding source text shown around a cited passage.</summary>
    public int ContextChars { get; set; } = 400;
}
