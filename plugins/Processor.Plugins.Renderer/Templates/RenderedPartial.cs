namespace Processor.Plugins.Renderer.Templates;

/// <summary>Output of a partial: already escaped, so the escaping context writes it as it is.</summary>
internal sealed record RenderedPartial(string Text)
{
    public override string ToString() => Text;
}
