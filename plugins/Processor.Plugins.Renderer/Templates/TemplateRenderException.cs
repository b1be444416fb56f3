namespace Processor.Plugins.Renderer.Templates;

/// <summary>A template failed while rendering; the message is located (<c>file(line,col): error: …</c>).</summary>
internal sealed class TemplateRenderException(string message, Exception inner) : Exception(message, inner);
