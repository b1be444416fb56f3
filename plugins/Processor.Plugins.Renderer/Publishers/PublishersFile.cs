namespace Processor.Plugins.Renderer.Publishers;

/// <summary>The root of <c>publishers.yaml</c>.</summary>
public sealed class PublishersFile
{
    public List<PublisherEntry> Publishers { get; set; } = [];
}
