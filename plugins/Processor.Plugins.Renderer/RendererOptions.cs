namespace Processor.Plugins.Renderer;

/// <summary>What the renderer writes. YAML names are snake_case.</summary>
public sealed class RendererOptions
{
    /// <summary>Any of <c>html</c>, <c>markdown</c>, <c>json</c>.</summary>
    public List<string> Formats { get; set; } = ["html", "markdown", "json"];

    /// <summary>A folder of user templates; a file there replaces the default of the same name.</summary>
    public string? Templates { get; set; }

    /// <summary>The digest's heading; defaults to the pipeline's name.</summary>
    public string? Title { get; set; }

    /// <summary>How many top-ranked claims the HTML and Markdown digests show (JSON has all).</summary>
    public int MaxClaims { get; set; } = 200;

    /// <summary>Citations shown per claim in HTML and Markdown (JSON has every attribution).</summary>
    public int MaxCitations { get; set; } = 10;

    /// <summary>
    /// Which attributions carry their <c>quote</c> in <c>digest.json</c>: <c>all</c>, or <c>when-different</c> — only
    /// those whose wording differs from the claim's text (an exact copy's quote is the claim's text; its span still
    /// points at it). A widely syndicated corpus repeats every quote thousands of times.
    /// </summary>
    public string JsonQuotes { get; set; } = "all";

    /// <summary>Characters of surrounding source text shown around a cited passage.</summary>
    public int ContextChars { get; set; } = 400;
}
