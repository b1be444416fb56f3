namespace MyPlugin;

/// <summary>Options bound from the stage's <c>with:</c> mapping (YAML names are snake_case).</summary>
public sealed class Options
{
    /// <summary>Sentences containing any of these words (whole words, any case) get a tag.</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>The heading of this plugin's section in the digest.</summary>
    public string SectionTitle { get; set; } = "Keyword mentions";
}
