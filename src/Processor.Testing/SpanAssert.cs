using Processor.Abstractions;

namespace Processor.Testing;

/// <summary>The host's provenance rules (<see cref="ProvenanceRules"/>), for a plugin's own tests.</summary>
public static class SpanAssert
{
    /// <summary>
    /// Throws unless the document keeps every rule the host checks: sentences inside their document, in order and not
    /// overlapping, each sentence's text exactly the text at its span, lines that agree with offsets, spans that are
    /// text and not markup.
    /// </summary>
    public static void Sound(Document document, SourceText source)
    {
        if (ProvenanceRules.Check(document, source) is { } problem) throw new SpanException(problem);
    }
}

/// <summary>A broken provenance rule.</summary>
public sealed class SpanException(string message) : Exception(message);
