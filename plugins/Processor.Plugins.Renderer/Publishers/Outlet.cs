namespace Processor.Plugins.Renderer.Publishers;

/// <summary>Who published a document, as the digest shows it: from <c>publishers.yaml</c> when it knows the outlet.</summary>
/// <param name="Name">Display name (the document's publisher or site, or its file, when the directory does not know it).</param>
/// <param name="Kind">Kind of outlet, or null when unknown.</param>
/// <param name="Sides">Side labels (empty when unknown).</param>
public sealed record Outlet(string Name, string? Kind, IReadOnlyList<string> Sides, string? Country)
{
    public bool Known => Kind is not null || Sides.Count > 0;
}
