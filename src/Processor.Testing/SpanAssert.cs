using Processor.Abstractions;

namespace Processor.Testing;

/// <summary>The host's provenance rules, for a plugin's own tests.</summary>
public static class SpanAssert
{
    /// <summary>
    /// Throws unless every sentence's text is exactly the bytes at its span, sentences do not overlap and
    /// lie inside their document, and every span's lines agree with its offsets.
    /// </summary>
    public static void Sound(Document document, SourceText source)
    {
        if (!InFile(document.Span, source)) throw new SpanException($"document {document.Id} span {document.Span} is outside the file");
        var previousEnd = document.Span.Start;
        foreach (var sentence in document.Sentences)
        {
            if (!document.Span.Contains(sentence.Span)) throw new SpanException($"sentence {sentence.Id} {sentence.Span} is outside document {document.Span}");
            if (sentence.Span.Start < previousEnd) throw new SpanException($"sentence {sentence.Id} {sentence.Span} overlaps the previous sentence");
            if (!source.Matches(sentence.Span, sentence.Text)) throw new SpanException($"sentence {sentence.Id}: text differs from the bytes at {sentence.Span}");
            if (source.SpanOf(sentence.Span.Start, sentence.Span.End) != sentence.Span) throw new SpanException($"sentence {sentence.Id}: line numbers of {sentence.Span} are wrong");
            previousEnd = sentence.Span.End;
        }
    }

    private static bool InFile(SourceSpan span, SourceText source) =>
        span.SourceId == source.File.Id && span.Start >= 0 && span.End >= span.Start && span.End <= source.Bytes.Length;
}

/// <summary>A broken provenance rule.</summary>
public sealed class SpanException(string message) : Exception(message);
