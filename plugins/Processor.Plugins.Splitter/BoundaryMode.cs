namespace Processor.Plugins.Splitter;

/// <summary>How article boundaries are found.</summary>
public enum BoundaryMode
{
    /// <summary>Structural markers and topic shifts between blocks.</summary>
    Auto,

    /// <summary>Structural markers only (dates with comment counts, "Read more", sign-offs, bylines).</summary>
    Markers,

    /// <summary>Each file is one article.</summary>
    None,
}
