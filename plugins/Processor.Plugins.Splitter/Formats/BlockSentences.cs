using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Sentences;

namespace Processor.Plugins.Splitter.Formats;

/// <summary>
/// Sentences of one decoded block (a JSON string paragraph, an HTML paragraph): each sentence's span is
/// mapped back through <see cref="DecodedText"/> to the exact bytes of the original file.
/// </summary>
internal static class BlockSentences
{
    public static void Add(DecodedText block, int from, int to, bool heading, string documentId, SourceText source,
        SplitterOptions options, ImmutableArray<Sentence>.Builder sentences, ImmutableArray<SourceSpan>.Builder paragraphs)
    {
        var text = block.Text[from..to];
        var trimmedStart = from + (text.Length - text.TrimStart().Length);
        var trimmedEnd = to - (text.Length - text.TrimEnd().Length);
        if (trimmedEnd <= trimmedStart) return;
        var paragraph = block.Text[trimmedStart..trimmedEnd];
        var parts = heading ? [(0, paragraph.Length)] : SentenceSegmenter.Split(paragraph);
        // A block with no sentence in it ("&nbsp;?") is no paragraph either: nothing of it reaches a document.
        if (parts.Count == 0) return;
        var (paragraphStart, paragraphEnd) = block.ByteRange(trimmedStart + parts[0].Start, trimmedStart + parts[^1].End);
        paragraphs.Add(source.SpanOf(paragraphStart, paragraphEnd));
        foreach (var (s, e) in parts)
        {
            var (start, end) = (trimmedStart + s, trimmedStart + e);
            var (byteStart, byteEnd) = block.ByteRange(start, end);
            var span = source.SpanOf(byteStart, byteEnd);
            var sentence = block.Text[start..end];
            var isClaim = !heading && ClaimSelector.IsClaim(sentence, options.MinClaimWords);
            sentences.Add(new Sentence($"{documentId}.{sentences.Count + 1}", sentence, span, isClaim));
        }
    }
}
