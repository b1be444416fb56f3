using Processor.Abstractions;

namespace Processor.Core.Pipeline;

/// <summary>
/// The host's provenance check: a document must lie inside its file and every sentence's text must
/// be exactly the bytes at its span, inside its document. A plugin that breaks this is rejected.
/// </summary>
public static class SpanValidator
{
    /// <summary>Null when the document is sound, else the first problem found.</summary>
    public static string? Check(Document document, SourceText source)
    {
        var fileId = source.File.Id;
        if (document.SourceId != fileId || document.Span.SourceId != fileId)
            return $"document {document.Id} claims source '{document.Span.SourceId}' but came from {source.File.Path}";
        if (!InFile(document.Span, source))
            return $"document {document.Id} span {document.Span} is outside the file ({source.Bytes.Length} bytes)";
        foreach (var sentence in document.Sentences)
        {
            if (!InFile(sentence.Span, source) || !document.Span.Contains(sentence.Span))
                return $"sentence {sentence.Id} span {sentence.Span} is outside its document {document.Span}";
            if (!source.Matches(sentence.Span, sentence.Text))
                return $"sentence {sentence.Id} text does not match the source bytes at {sentence.Span}";
            var expected = source.SpanOf(sentence.Span.Start, sentence.Span.End);
            if (expected.Line != sentence.Span.Line || expected.EndLine != sentence.Span.EndLine)
                return $"sentence {sentence.Id} says lines {sentence.Span.Line}-{sentence.Span.EndLine} but its bytes are on lines {expected.Line}-{expected.EndLine}";
        }
        return null;
    }

    private static bool InFile(SourceSpan span, SourceText source) =>
        span.SourceId == source.File.Id && span.Start >= 0 && span.End >= span.Start && span.End <= source.Bytes.Length;
}
