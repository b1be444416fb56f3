namespace Processor.Abstractions;

/// <summary>
/// The provenance rules every document must keep, in one place: the host rejects a plugin's document that breaks one,
/// and plugin authors check their own stages with the same rules (<c>Processor.Testing.SpanAssert</c>).
/// </summary>
public static class ProvenanceRules
{
    /// <summary>
    /// Null when the document is sound, else the first problem found: the document and every sentence and paragraph lie
    /// in the file (sentences inside their document, in order, never overlapping), each sentence's text is exactly the
    /// text at its span, every span's lines agree with its offsets, and every span is page text, not markup.
    /// </summary>
    public static string? Check(Document document, SourceText source)
    {
        var fileId = source.File.Id;
        if (document.SourceId != fileId || document.Span.SourceId != fileId)
            return $"document {document.Id} claims source '{document.Span.SourceId}' but came from {source.File.Path}";
        if (!InFile(document.Span, source))
            return $"document {document.Id} span {document.Span} is outside the file ({source.Bytes.Length} bytes)";
        var previousEnd = -1;
        foreach (var sentence in document.Sentences)
        {
            if (!InFile(sentence.Span, source) || !document.Span.Contains(sentence.Span))
                return $"sentence {sentence.Id} span {sentence.Span} is outside its document {document.Span}";
            if (sentence.Span.Start < previousEnd)
                return $"sentence {sentence.Id} span {sentence.Span} overlaps the sentence before it (or repeats its span)";
            previousEnd = sentence.Span.End;
            if (!source.Matches(sentence.Span, sentence.Text))
                return $"sentence {sentence.Id} text does not match the source bytes at {sentence.Span}";
            if (LinesDisagree(sentence.Span, source) is { } lines)
                return $"sentence {sentence.Id} says lines {sentence.Span.Line}-{sentence.Span.EndLine} but its bytes are on lines {lines}";
            if (source.MarkupProblem(sentence.Span) is { } markup)
                return $"sentence {sentence.Id} span {sentence.Span} is not text: it {markup}";
        }
        foreach (var paragraph in document.Paragraphs)
        {
            if (!InFile(paragraph, source) || !document.Span.Contains(paragraph))
                return $"paragraph {paragraph} is outside its document {document.Span}";
            if (source.MarkupProblem(paragraph) is { } markup)
                return $"paragraph {paragraph} is not text: it {markup}";
        }
        return null;
    }

    /// <summary>
    /// Null when no two documents of one file share a sentence's bytes, else the first clash (a splitter that emits the
    /// same passage twice would count it as two statements).
    /// </summary>
    public static string? CheckAcrossDocuments(IReadOnlyList<Document> documents)
    {
        if (documents.Count < 2) return null;
        var spans = documents.SelectMany(d => d.Sentences.Select(s => (s.Span, s.Id))).OrderBy(x => x.Span.Start).ToList();
        for (var i = 1; i < spans.Count; i++)
            if (spans[i].Span.Start < spans[i - 1].Span.End)
                return $"sentence {spans[i].Id} span {spans[i].Span} overlaps sentence {spans[i - 1].Id} of another document";
        return null;
    }

    private static string? LinesDisagree(SourceSpan span, SourceText source)
    {
        var expected = source.SpanOf(span.Start, span.End);
        return expected.Line != span.Line || expected.EndLine != span.EndLine ? $"{expected.Line}-{expected.EndLine}" : null;
    }

    private static bool InFile(SourceSpan span, SourceText source) =>
        span.SourceId == source.File.Id && span.Start >= 0 && span.End >= span.Start && span.End <= source.Bytes.Length;
}
