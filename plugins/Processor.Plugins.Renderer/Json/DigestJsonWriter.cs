using System.Text.Encodings.Web;
using System.Text.Json;
using Processor.Abstractions;
using Processor.Plugins.Renderer.Model;

namespace Processor.Plugins.Renderer.Json;

/// <summary>
/// Writes <c>digest.json</c>, schema <c>processor.digest/2</c> (docs/json-schema.md). Fields are only
/// ever added within a major schema version; outside tools rely on them.
/// </summary>
internal static class DigestJsonWriter
{
    public const string Schema = "processor.digest/2";

    /// <param name="quotesWhenDifferentOnly">Leave out an attribution's quote when it is the claim's text (option <c>json_quotes</c>).</param>
    public static void Write(Stream stream, Corpus corpus, DigestView view, bool quotesWhenDifferentOnly = false)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var ranks = view.Claims.ToDictionary(c => c.Id);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("title", view.Title);
        w.WriteString("generatedAt", view.GeneratedAt);

        w.WriteStartObject("overview");
        w.WriteNumber("sources", view.Overview.Sources);
        w.WriteNumber("documents", view.Overview.Documents);
        w.WriteNumber("sentences", view.Overview.Sentences);
        w.WriteNumber("claims", view.Overview.Claims);
        w.WriteNumber("occurrences", view.Overview.Occurrences);
        w.WriteNumber("duplicatesMerged", view.Overview.DuplicatesMerged);
        w.WriteNumber("removedSpans", view.Overview.RemovedSpans);
        w.WriteNumber("skipped", view.Overview.Skipped);
        w.WriteEndObject();

        WriteObjects(w, "sources", corpus.Sources, (s, w) =>
        {
            w.WriteString("id", s.Id);
            w.WriteString("path", s.Path);
            w.WriteString("sha256", s.Sha256);
            w.WriteNumber("bytes", s.Bytes);
        });

        w.WriteStartArray("documents");
        foreach (var d in corpus.Documents)
        {
            WriteDocument(w, d);
            FlushWhenLarge(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (var c in corpus.Claims.OrderBy(c => ranks[c.Id].Rank))
        {
            var view_ = ranks[c.Id];
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("text", c.Text);
            w.WriteNumber("rank", view_.Rank);
            w.WriteNumber("score", view_.Score);
            w.WriteNumber("sourceCount", view_.SourceCount);
            w.WriteNumber("publisherCount", view_.PublisherCount);
            w.WriteNumber("independentSources", c.IndependentSources > 0 ? c.IndependentSources : view_.SourceCount);
            w.WriteString("kind", c.Tags.FirstOrDefault(t => t.Kind == "kind")?.Value);
            w.WriteString("speaker", c.Tags.FirstOrDefault(t => t.Kind == "speaker")?.Value);
            w.WriteBoolean("new", c.IsNew);
            if (c.FirstSeen is { } firstSeen) w.WriteString("firstSeen", firstSeen.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            else w.WriteNull("firstSeen");
            WriteTags(w, c.Tags);
            WriteObjects(w, "attributions", c.Attributions, (a, w) =>
            {
                w.WriteString("source", a.SourceId);
                w.WriteString("document", a.DocumentId);
                w.WriteString("sentence", a.SentenceId);
                WriteSpan(w, "span", a.Span);
                if (!quotesWhenDifferentOnly || a.Quote != c.Text) w.WriteString("quote", a.Quote);
                w.WriteNumber("similarity", a.Similarity);
                w.WriteString("match", a.Match);
            });
            w.WriteEndObject();
            FlushWhenLarge(w);
        }
        w.WriteEndArray();

        WriteObjects(w, "duplicates", corpus.Merges, (m, w) =>
        {
            w.WriteString("level", m.Level);
            w.WriteString("kept", m.KeptId);
            w.WriteString("merged", m.MergedId);
            w.WriteString("method", m.Method);
            w.WriteNumber("score", m.Score);
        });

        var firstSource = corpus.Claims.ToDictionary(c => c.Id, c => c.Attributions);
        WriteObjects(w, "conflicts", corpus.Links.Where(l => l.Kind == ClaimLinkKind.Conflict), (l, w) =>
        {
            w.WriteString("id", l.Id);
            w.WriteString("quantity", l.Basis);
            WriteObjects(w, "values", l.Claims, (m, w) =>
            {
                if (double.TryParse(m.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)) w.WriteNumber("value", value);
                else w.WriteString("value", m.Value);
                w.WriteString("text", m.Text);
                w.WriteString("claim", m.ClaimId);
                var attributions = firstSource.GetValueOrDefault(m.ClaimId);
                w.WriteString("source", attributions.IsDefaultOrEmpty ? null : attributions[0].SourceId);
                w.WriteStartArray("sources");
                if (!attributions.IsDefaultOrEmpty)
                    foreach (var source in attributions.Select(a => a.SourceId).Distinct()) w.WriteStringValue(source);
                w.WriteEndArray();
            });
        });
        WriteObjects(w, "facts", corpus.Links.Where(l => l.Kind == ClaimLinkKind.SameFact), (l, w) =>
        {
            w.WriteString("id", l.Id);
            w.WriteString("basis", l.Basis);
            w.WriteStartArray("claims");
            foreach (var m in l.Claims) w.WriteStringValue(m.ClaimId);
            w.WriteEndArray();
        });

        WriteObjects(w, "removed", corpus.Removed, (r, w) =>
        {
            w.WriteString("source", r.Span.SourceId);
            WriteSpan(w, "span", r.Span);
            w.WriteString("reason", r.Reason);
        });

        WriteObjects(w, "skipped", corpus.Skipped, (s, w) =>
        {
            w.WriteString("path", s.Path);
            w.WriteNumber("line", s.Line);
            w.WriteString("reason", s.Reason);
        });

        WriteSelection(w, view);
        w.WriteEndObject();
    }

    /// <summary>An array of objects, one per item; <paramref name="fields"/> writes an item's fields.</summary>
    private static void WriteObjects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T, Utf8JsonWriter> fields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(item, w);
            w.WriteEndObject();
            FlushWhenLarge(w);
        }
        w.WriteEndArray();
    }

    /// <summary>
    /// Utf8JsonWriter keeps everything in memory until flushed; a digest of a large corpus is hundreds of
    /// megabytes, so it goes to the file in chunks.
    /// </summary>
    private static void FlushWhenLarge(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 20) w.Flush();
    }

    private static void WriteDocument(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("source", d.SourceId);
        w.WriteString("title", d.Title);
        if (d.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd")); else w.WriteNull("published");
        w.WriteStartArray("authors");
        foreach (var a in d.Authors) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("publisher", d.Publisher);
        w.WriteString("site", d.Site);
        w.WriteString("language", d.Language);
        WriteSpan(w, "span", d.Span);
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
        WriteTags(w, d.Tags.Where(t => !t.Kind.StartsWith("line.", StringComparison.Ordinal)));
        w.WriteEndObject();
    }

    private static void WriteSelection(Utf8JsonWriter w, DigestView view)
    {
        WriteObjects(w, "topics", view.Topics, (t, w) =>
        {
            w.WriteString("entity", t.Id);
            w.WriteString("name", t.Name);
            w.WriteNumber("score", t.Score);
            w.WriteStartArray("claims");
            foreach (var c in t.Claims) w.WriteStringValue(c.Id);
            w.WriteEndArray();
        });

        WriteObjects(w, "names", view.Names, (n, w) =>
        {
            w.WriteString("name", n.Name);
            w.WriteNumber("claims", n.Claims);
            w.WriteNumber("reports", n.Reports);
        });

        WriteObjects(w, "quotes", view.Quotes, (q, w) =>
        {
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speech", q.Speech);
            w.WriteString("claim", q.ClaimId);
            w.WriteString("source", q.Citation.Source);
        });
    }

    private static void WriteTags(Utf8JsonWriter w, IEnumerable<Tag> tags)
    {
        WriteObjects(w, "tags", tags, (t, w) =>
        {
            w.WriteString("kind", t.Kind);
            w.WriteString("value", t.Value);
            foreach (var (k, v) in t.Attributes) w.WriteString(k, v);
        });
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, SourceSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteNumber("line", span.Line);
        w.WriteNumber("endLine", span.EndLine);
        w.WriteEndObject();
    }
}
