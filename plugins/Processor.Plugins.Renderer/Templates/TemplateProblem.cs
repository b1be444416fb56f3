using Scriban.Parsing;

namespace Processor.Plugins.Renderer.Templates;

/// <summary>Formats template problems like a compiler: <c>digest.html.sbn(12,5): error: …</c>.</summary>
internal static class TemplateProblem
{
    public static string Format(SourceSpan span, string message, string fallbackFile) =>
        $"{(string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName)}({span.Start.Line + 1},{span.Start.Column + 1}): error: {message}";
}
