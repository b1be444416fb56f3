namespace Processor.Plugins.Renderer.Templates;

/// <summary>How values written by <c>{{ … }}</c> are escaped for the target format.</summary>
internal enum OutputEscaping
{
    Html,
    Markdown,
    /// <summary>Not made from a template (JSON is written by its own writer).</summary>
    None,
}
