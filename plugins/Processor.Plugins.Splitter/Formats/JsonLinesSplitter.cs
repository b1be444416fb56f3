using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Processor.Abstractions;

namespace Processor.Plugins.Splitter.Formats;

/// <summary>
/// JSON Lines: one record per line with <c>text</c> and optional <c>url</c>, <c>title</c>, <c>date</c>,
/// <c>author</c>. Each record is one document; its spans point into the JSON string in the original file.
/// A line that is not such a record is reported with its line number and skipped.
/// </summary>
internal sealed class JsonLinesSplitter(SplitterOptions options)
{
    public SourceResult Split(SourceText source, IStageContext context)
    {
        var bytes = source.Bytes.Span;
        var documents = ImmutableArray.CreateBuilder<Document>();
        var offset = 0;
        while (offset < bytes.Length)
        {
            var newline = bytes[offset..].IndexOf((byte)'\n');
            var end = newline < 0 ? bytes.Length : offset + newline;
            if (!bytes[offset..end].Trim(" \t\r"u8).IsEmpty)
            {
                var document = Record(source, offset, end, $"{source.File.Id}-{documents.Count + 1:D2}", context);
                if (document is not null) documents.Add(document);
            }
            offset = end + 1;
        }
        return new SourceResult(documents.ToImmutable(), []);
    }

    private Document? Record(SourceText source, int start, int end, string id, IStageContext context)
    {
        var line = source.Bytes.Span[start..end];
        (int Start, int End)? text = null;
        string? title = null, url = null, date = null, author = null;
        (int Start, int End)? titleRange = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a record must be a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (reader.TokenType != JsonTokenType.String) { reader.Skip(); continue; }
                // TokenStartIndex is the opening quote; ValueSpan is the raw, still escaped, string content.
                var range = (start + (int)reader.TokenStartIndex + 1, start + (int)reader.TokenStartIndex + 1 + reader.ValueSpan.Length);
                switch (name)
                {
                    case "text": text = range; break;
                    case "title": title = reader.GetString(); titleRange = range; break;
                    case "url": url = reader.GetString(); break;
                    case "date" or "published": date = reader.GetString(); break;
                    case "author": author = reader.GetString(); break;
                }
            }
        }
        catch (JsonException e)
        {
            context.Warn($"line {source.LineOf(start)} is not a valid JSON record ({e.Message.Split('.')[0]}); it was skipped", source.SpanOf(start, end));
            return null;
        }
        if (text is not { } body)
        {
            context.Warn($"line {source.LineOf(start)} has no \"text\" field; it was skipped", source.SpanOf(start, end));
            return null;
        }

        var decoded = source.Decode(body.Start, body.End);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<SourceSpan>();
        foreach (var (s, e) in Paragraphs(decoded.Text))
        {
            var paragraph = decoded.Text[s..e].Trim();
            var heading = paragraph.Length > 0 && paragraph.Split(' ').Length <= options.MaxHeadingWords && !".!?…\"”".Contains(paragraph[^1]);
            BlockSentences.Add(decoded, s, e, heading, id, source, options, sentences, paragraphs);
        }
        var tags = ImmutableArray.CreateBuilder<Tag>();
        if (url is not null) tags.Add(new Tag(TagKinds.Url, url));
        return new Document(id, source.File.Id, source.SpanOf(body.Start, body.End))
        {
            Title = title,
            TitleSpan = titleRange is { } t ? source.SpanOf(t.Start, t.End) : null,
            Paragraphs = paragraphs.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Tags = tags.ToImmutable(),
            BoundaryReason = "one JSON Lines record",
        }
            .With(DocumentMetadata.Published, DateOnly.TryParse(date?.Length >= 10 ? date[..10] : date, CultureInfo.InvariantCulture, out var published) ? published : null)
            .With(DocumentMetadata.Authors, author is null ? [] : [author])
            .With(DocumentMetadata.Publisher, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "") : null);
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) yield return (start, i);
            start = i + 1;
        }
    }
}
