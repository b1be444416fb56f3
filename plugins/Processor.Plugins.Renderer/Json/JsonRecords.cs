using System.Globalization;
using System.Text.Json;
using Processor.Abstractions;

namespace Processor.Plugins.Renderer.Json;

/// <summary>
/// The fields of each record of digest.json's lists, written once for digest.json (the briefing's records) and for
/// index/*.jsonl (every record, one a line): a tool that reads one reads the other (docs/json-schema.md).
/// </summary>
internal static class JsonRecords
{
    public static void Source(Utf8JsonWriter w, SourceFile s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("path", s.Path);
        w.WriteString("sha256", s.Sha256);
        w.WriteNumber("bytes", s.Bytes);
        w.WriteEndObject();
    }

    public static void Document(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("source", d.SourceId);
        w.WriteString("title", d.Title);
        if (d.TitleSpan is { } titleSpan) Span(w, "titleSpan", titleSpan); else w.WriteNull("titleSpan");
        if (d.Get(DocumentMetadata.Published) is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("published");
        w.WriteStartArray("authors");
        foreach (var a in d.Get(DocumentMetadata.Authors)) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("publisher", d.Get(DocumentMetadata.Publisher));
        w.WriteString("site", d.Get(DocumentMetadata.Site));
        w.WriteString("language", d.Get(DocumentMetadata.Language));
        // Every other plugin's metadata, as the text it stored (the fields above are the SDK's own keys).
        w.WriteStartObject("metadata");
        foreach (var (key, value) in Model.PluginMetadata.Of(d).OrderBy(m => m.Key, StringComparer.Ordinal)) w.WriteString(key, value);
        w.WriteEndObject();
        Span(w, "span", d.Span);
        w.WriteString("boundaryReason", d.BoundaryReason);
        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Span.Start);
            w.WriteNumberValue(s.Span.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        Tags(w, d.Tags.Where(t => !TagKinds.IsLineMark(t.Kind)));
        w.WriteEndObject();
    }

    /// <param name="rank">Its place in the ranking of every claim.</param>
    /// <param name="publishers">How many distinct outlets state it.</param>
    /// <param name="quotesWhenDifferentOnly">Leave out an attribution's quote when it is the claim's text.</param>
    public static void Claim(Utf8JsonWriter w, Claim c, int rank, double score, int publishers, bool quotesWhenDifferentOnly)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("text", c.Text);
        w.WriteNumber("rank", rank);
        w.WriteNumber("score", score);
        var sources = c.Attributions.Select(a => a.SourceId).Distinct().Count();
        w.WriteNumber("sourceCount", sources);
        w.WriteNumber("publisherCount", publishers);
        w.WriteNumber("independentSources", c.IndependentSources > 0 ? c.IndependentSources : sources);
        w.WriteString("kind", c.Tags.FirstOrDefault(t => t.Kind == TagKinds.ClaimKind)?.Value);
        w.WriteString("speaker", c.Tags.FirstOrDefault(t => t.Kind == TagKinds.Speaker)?.Value);
        w.WriteBoolean("new", c.IsNew);
        if (c.FirstSeen is { } firstSeen) w.WriteString("firstSeen", firstSeen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        else w.WriteNull("firstSeen");
        Tags(w, c.Tags);
        w.WriteStartArray("attributions");
        foreach (var a in c.Attributions)
        {
            w.WriteStartObject();
            w.WriteString("source", a.SourceId);
            w.WriteString("document", a.DocumentId);
            w.WriteString("sentence", a.SentenceId);
            Span(w, "span", a.Span);
            if (!quotesWhenDifferentOnly || a.Quote != c.Text) w.WriteString("quote", a.Quote);
            w.WriteNumber("similarity", a.Similarity);
            w.WriteString("match", a.Match);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Story(Utf8JsonWriter w, Story story)
    {
        w.WriteStartObject();
        w.WriteString("id", story.Id);
        w.WriteString("title", story.Title);
        Strings(w, "documents", story.DocumentIds);
        Strings(w, "claims", story.ClaimIds);
        Strings(w, "sources", story.SourceIds);
        if (story.FirstReported is { } first)
        {
            w.WriteStartObject("firstReported");
            w.WriteString("date", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("source", story.FirstReportedBy);
            w.WriteEndObject();
        }
        else w.WriteNull("firstReported");
        w.WriteBoolean("new", story.IsNew);
        w.WriteNumber("newDocuments", story.NewDocuments);
        w.WriteEndObject();
    }

    /// <param name="attributionsOf">A claim's attributions, for the sources of each value.</param>
    public static void Conflict(Utf8JsonWriter w, ClaimLink link, Func<string, IReadOnlyList<Attribution>> attributionsOf)
    {
        w.WriteStartObject();
        w.WriteString("id", link.Id);
        w.WriteString("quantity", link.Basis);
        w.WriteStartArray("values");
        foreach (var m in link.Claims)
        {
            w.WriteStartObject();
            if (double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) w.WriteNumber("value", value);
            else w.WriteString("value", m.Value);
            w.WriteString("text", m.Text);
            w.WriteString("claim", m.ClaimId);
            var attributions = attributionsOf(m.ClaimId);
            w.WriteString("source", attributions.Count == 0 ? null : attributions[0].SourceId);
            Strings(w, "sources", attributions.Select(a => a.SourceId).Distinct());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Fact(Utf8JsonWriter w, ClaimLink link)
    {
        w.WriteStartObject();
        w.WriteString("id", link.Id);
        w.WriteString("basis", link.Basis);
        Strings(w, "claims", link.Claims.Select(m => m.ClaimId));
        w.WriteEndObject();
    }

    public static void Merge(Utf8JsonWriter w, MergeRecord m)
    {
        w.WriteStartObject();
        w.WriteString("level", m.Level);
        w.WriteString("kept", m.KeptId);
        w.WriteString("merged", m.MergedId);
        w.WriteString("method", m.Method);
        w.WriteNumber("score", m.Score);
        w.WriteEndObject();
    }

    public static void Removed(Utf8JsonWriter w, RemovedSpan r)
    {
        w.WriteStartObject();
        w.WriteString("source", r.Span.SourceId);
        Span(w, "span", r.Span);
        w.WriteString("reason", r.Reason);
        w.WriteEndObject();
    }

    public static void Skipped(Utf8JsonWriter w, SkippedInput s)
    {
        w.WriteStartObject();
        w.WriteString("path", s.Path);
        w.WriteNumber("line", s.Line);
        w.WriteString("reason", s.Reason);
        w.WriteEndObject();
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Tags(Utf8JsonWriter w, IEnumerable<Tag> tags)
    {
        w.WriteStartArray("tags");
        foreach (var t in tags)
        {
            w.WriteStartObject();
            w.WriteString("kind", t.Kind);
            w.WriteString("value", t.Value);
            foreach (var (k, v) in t.Attributes) w.WriteString(k, v);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter w, string name, SourceSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteNumber("line", span.Line);
        w.WriteNumber("endLine", span.EndLine);
        w.WriteEndObject();
    }
}
