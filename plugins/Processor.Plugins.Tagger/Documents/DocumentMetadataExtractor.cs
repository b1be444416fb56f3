using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Documents;

/// <summary>
/// Publication date, authors and publisher of a document, from the structure lines the splitter
/// tagged (post dates, bylines, sign-offs) and from the file's footer. A date that appears only
/// inside the story is never taken as the publication date.
/// </summary>
internal sealed partial class DocumentMetadataExtractor(IReadOnlyList<string> dateFormats, IReadOnlyList<Regex> bylinePatterns)
{
    private readonly ConcurrentDictionary<string, string?> _sitePublisher = new();

    public Document Apply(Document document, SourceText source)
    {
        // What the splitter read from the file itself (meta tags, JSON fields) stands; the text fills the rest.
        var published = document.Get(DocumentMetadata.Published) ?? PublicationDate(document, source);
        var authors = document.Get(DocumentMetadata.Authors) is { IsEmpty: false } declared ? declared : Authors(document, source);
        var site = document.Get(DocumentMetadata.Site) ?? _sitePublisher.GetOrAdd(source.File.Id, _ => SitePublisher(source));
        var publisher = document.Get(DocumentMetadata.Publisher) ?? Publisher(document) ?? site;
        var tags = document.Tags;
        if (Republisher(document) is { } via) tags = tags.Add(new Tag(TagKinds.RepublishedBy, via));
        var language = document.Get(DocumentMetadata.Language) ?? LanguageGuesser.Guess(document.Sentences.Select(s => s.Text));
        return (document with { Tags = tags })
            .With(DocumentMetadata.Published, published)
            .With(DocumentMetadata.Authors, authors)
            .With(DocumentMetadata.Publisher, publisher)
            .With(DocumentMetadata.Site, site)
            .With(DocumentMetadata.Language, language);
    }

    private DateOnly? PublicationDate(Document document, SourceText source)
    {
        // A blog post's own date line is the strongest signal.
        foreach (var tag in document.Tags.Where(t => t.Kind == TagKinds.PostMeta))
            foreach (var (date, _, _) in DateParser.FindAll(tag.Value)) return date;

        // Otherwise a short date line among the first lines of the article ("16 Nov 2019", "Posted December 24, 2025"),
        // never a date inside a sentence of the story.
        // Only the start of the article matters; decoding all of it would cost as much as the tagging.
        var end = Math.Min(document.Span.End, document.Span.Start + 1024);
        while (source.Encoding == TextEncoding.Utf8 && end < document.Span.End && (source.Bytes.Span[end] & 0xC0) == 0x80) end++;
        var head = source.TextOf(source.SpanOf(document.Span.Start, end));
        var taken = 0;
        foreach (var range in head.AsSpan().Split('\n'))
        {
            var span = head.AsSpan(range).Trim();
            if (span.IsEmpty) continue;
            if (++taken > 3) break;
            if (WordCount(span) > 10) continue;
            var line = span.ToString();
            foreach (var (date, _, _) in DateParser.FindAll(line)) return date;
            if (dateFormats.Count > 0 && DateOnly.TryParseExact(line, [.. dateFormats], System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var custom))
                return custom;
        }
        return null;
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var range in line.Split(' '))
            if (!line[range].IsEmpty) words++;
        return words;
    }

    private ImmutableArray<string> Authors(Document document, SourceText source)
    {
        var authors = ImmutableArray.CreateBuilder<string>();
        foreach (var tag in document.Tags.Where(t => t.Kind is TagKinds.Byline or TagKinds.SignOff))
        {
            // A team's own byline shapes first, then what the splitter read from the line.
            var custom = bylinePatterns.Select(p => p.Match(tag.Value.Trim())).FirstOrDefault(x => x.Success && x.Groups["names"].Success);
            var names = custom is not null ? custom.Groups["names"].Value : tag.Get(TagKeys.Names);
            if (names is null) continue;
            foreach (var name in SplitNames(names))
                if (!authors.Contains(name)) authors.Add(name);
        }
        if (authors.Count == 0 && bylinePatterns.Count > 0)
        {
            // A team's own byline shapes ("Von Anna Muster") are not marked by the splitter: try them on the
            // short lines at the start and end of the article.
            foreach (var line in EdgeLines(document, source))
            {
                var custom = bylinePatterns.Select(p => p.Match(line)).FirstOrDefault(x => x.Success && x.Groups["names"].Success);
                if (custom is null) continue;
                foreach (var name in SplitNames(custom.Groups["names"].Value.Trim()))
                    if (!authors.Contains(name)) authors.Add(name);
            }
        }
        return authors.ToImmutable();
    }

    /// <summary>The first and last three short lines of the document (where bylines and sign-offs stand).</summary>
    private static IEnumerable<string> EdgeLines(Document document, SourceText source)
    {
        if (source.File.Format != SourceFormat.Text || source.Encoding != TextEncoding.Utf8)
        {
            var lines = source.TextOf(document.Span).Split('\n').Select(l => l.Trim()).Where(IsEdgeLine).ToList();
            return lines.Take(3).Concat(lines.TakeLast(3)).Distinct();
        }
        // Plain UTF-8: read lines from each end of the document's bytes and decode only those (not the whole article).
        var bytes = source.Bytes.Span[document.Span.Start..document.Span.End];
        var head = new List<string>(3);
        for (var rest = bytes; head.Count < 3 && !rest.IsEmpty;)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = System.Text.Encoding.UTF8.GetString(end < 0 ? rest : rest[..end]).Trim();
            if (IsEdgeLine(line)) head.Add(line);
            rest = end < 0 ? [] : rest[(end + 1)..];
        }
        var tail = new List<string>(3);
        for (var rest = bytes; tail.Count < 3 && !rest.IsEmpty;)
        {
            var start = rest.LastIndexOf((byte)'\n');
            var line = System.Text.Encoding.UTF8.GetString(rest[(start + 1)..]).Trim();
            if (IsEdgeLine(line)) tail.Add(line);
            rest = start < 0 ? [] : rest[..start];
        }
        tail.Reverse();
        return head.Concat(tail).Distinct();
    }

    private static bool IsEdgeLine(string line) => line.Length > 0 && line.Split(' ').Length <= 12;

    /// <summary>"Anne and Massoud Khodabandeh" → both with the family name; "Linda Pressly and Albana Kasapi" → two names.</summary>
    private static IEnumerable<string> SplitNames(string names)
    {
        var parts = names.Split([" and ", " & ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && !parts[0].Contains(' ') && parts[1].Contains(' '))
        {
            var family = parts[1][(parts[1].LastIndexOf(' ') + 1)..];
            return [$"{parts[0]} {family}", parts[1]];
        }
        return parts.Where(p => p.Length > 1);
    }

    /// <summary>The publisher a byline names: its web domain first, else its outlet (the splitter read both from the line).</summary>
    private static string? Publisher(Document document)
    {
        var bylines = document.Tags.Where(t => t.Kind == TagKinds.Byline).ToList();
        return bylines.Select(t => t.Get(TagKeys.Domain)).FirstOrDefault(d => d is not null)
            ?? bylines.Select(t => t.Get(TagKeys.Outlet)).FirstOrDefault(o => o is not null);
    }

    private static string? Republisher(Document document) =>
        document.Tags.Where(t => t.Kind == TagKinds.Byline).Select(t => t.Get(TagKeys.TranslatedBy)).FirstOrDefault(w => w is not null);

    /// <summary>The site that hosts the file, from a footer such as "© 2003 - 2024 NEJAT Society".</summary>
    private static string? SitePublisher(SourceText source)
    {
        var text = source.TextOf(source.SpanOf(0, source.Bytes.Length));
        var m = CopyrightPattern().Match(text);
        return m.Success ? m.Groups["owner"].Value.Trim().TrimEnd('.').Trim() : null;
    }






    [GeneratedRegex(@"©\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(?<owner>[\p{L}][\p{L} .&]+?)(?:\s*\.\s|\s*$|\s*\.$)", RegexOptions.Multiline)]
    private static partial Regex CopyrightPattern();
}
