namespace Processor.Abstractions;

/// <summary>
/// How the bytes of a source encode its text. Spans always point at the original bytes; for formats that
/// escape text (JSON strings, HTML) the text at a span is those bytes decoded (see <see cref="DecodedText"/>).
/// </summary>
public enum SourceFormat
{
    /// <summary>Plain UTF-8 text (.txt, .text, .md and anything else): the text at a span is its bytes.</summary>
    Text,

    /// <summary>JSON Lines (.jsonl): the text at a span is the JSON string content, unescaped.</summary>
    JsonLines,

    /// <summary>HTML (.html, .htm): the text at a span is its bytes without tags, with entities decoded.</summary>
    Html,
}
