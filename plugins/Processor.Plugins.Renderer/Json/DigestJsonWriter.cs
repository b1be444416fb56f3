using System.Text.Encodings.Web;
using System.Text.Json;
using Processor.Abstractions;
using Processor.Plugins.Renderer.Model;

namespace Processor.Plugins.Renderer.Json;

/// <summary>
/// Writes <c>digest.json</c>, schema <c>processor.digest/2</c> (docs/json-schema.md): the briefing — the stories,
/// claims, conflicts and documents the digest shows, bounded by the word budget whatever the corpus — with the full
/// index beside it in <c>index/*.jsonl</c> (<see cref="IndexWriter"/>), records of the same shape. Fields are only ever
/// added within a major schema version; outside tools rely on them.
/// </summary>
internal static class DigestJsonWriter
{
    public const string Schema = "processor.digest/2";

    /// <summary>Merge records written at most (index/duplicates.jsonl has every one).</summary>
    private const int MergesShown = 1_000;

    /// <summary>Documents written per story shown (index/documents.jsonl has every one).</summary>
    private const int DocumentsPerStory = 20;

    /// <summary>Documents written per claim shown, through its attributions (a syndicated claim has thousands).</summary>
    private const int MaxCitationsListed = 20;

    public static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="index">The index files written beside it (relative paths), or none.</param>
    public static void Write(Stream stream, Corpus corpus, DigestView view, ClaimRanking ranking, IReadOnlyList<string> index, bool quotesWhenDifferentOnly = false)
    {
        using var w = new Utf8JsonWriter(stream, Options(indented: true));
        var shownClaims = view.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var shownStories = view.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var stories = corpus.Stories.Where(s => shownStories.Contains(s.Id)).ToList();
        var claims = corpus.Claims.Where(c => shownClaims.Contains(c.Id)).OrderBy(c => ranking.Of[c.Id].Rank).ToList();
        // The documents the briefing cites, and the first few of each story it shows (a story's record lists them all).
        var documentIds = stories.SelectMany(s => s.DocumentIds.Take(DocumentsPerStory)).Concat(claims.SelectMany(c => c.Attributions.Take(MaxCitationsListed).Select(a => a.DocumentId)))
            .ToHashSet(StringComparer.Ordinal);
        var sourceIds = corpus.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.SourceId).Concat(claims.SelectMany(c => c.Attributions.Select(a => a.SourceId))).ToHashSet(StringComparer.Ordinal);
        var shownLinks = view.Conflicts.Select(c => c.Id).Concat(view.Stories.SelectMany(s => s.Conflicts).Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        var attributions = corpus.Claims.ToDictionary(c => c.Id, c => (IReadOnlyList<Attribution>)c.Attributions, StringComparer.Ordinal);

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
        w.WriteNumber("stories", view.Overview.Stories);
        w.WriteNumber("newStories", view.Overview.NewStories);
        w.WriteNumber("newClaims", view.Overview.NewClaims);
        w.WriteEndObject();
        w.WriteStartObject("briefing");
        w.WriteNumber("budget", view.Briefing.Budget);
        w.WriteStartArray("summary");
        foreach (var s in view.Briefing.Summary)
        {
            w.WriteStartObject();
            w.WriteString("story", s.StoryId);
            w.WriteString("claim", s.ClaimId);
            w.WriteString("text", s.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("sides", view.Briefing.SidesNote);
        w.WriteEndObject();
        w.WriteStartObject("index");
        w.WriteBoolean("complete", index.Count > 0);
        JsonRecords.Strings(w, "files", index);
        w.WriteEndObject();

        Records(w, "sources", corpus.Sources.Where(s => sourceIds.Contains(s.Id)), JsonRecords.Source);
        Records(w, "documents", corpus.Documents.Where(d => documentIds.Contains(d.Id)), JsonRecords.Document);
        Records(w, "claims", claims, (w, c) => JsonRecords.Claim(w, c, ranking.Of[c.Id].Rank, ranking.Of[c.Id].Score, ranking.Of[c.Id].Publishers, quotesWhenDifferentOnly));
        Records(w, "stories", stories, JsonRecords.Story);
        Records(w, "conflicts", corpus.Links.Where(l => shownLinks.Contains(l.Id)), (w, l) => JsonRecords.Conflict(w, l, id => attributions.GetValueOrDefault(id) ?? []));
        Records(w, "facts", corpus.Links.Where(l => l.Kind == ClaimLinkKind.SameFact && l.Claims.Any(m => shownClaims.Contains(m.ClaimId))), JsonRecords.Fact);
        Records(w, "duplicates", corpus.Merges.Where(m => shownClaims.Contains(m.KeptId) || documentIds.Contains(m.KeptId)).Take(MergesShown), JsonRecords.Merge);
        // The first thousand removed spans; index/removed.jsonl has every one.
        Records(w, "removed", corpus.Removed.Take(1000), JsonRecords.Removed);
        Records(w, "skipped", corpus.Skipped, JsonRecords.Skipped);

        Records(w, "names", view.Names, (w, n) =>
        {
            w.WriteStartObject();
            w.WriteString("name", n.Name);
            w.WriteNumber("claims", n.Claims);
            w.WriteNumber("reports", n.Reports);
            w.WriteEndObject();
        });
        Records(w, "quotes", view.Quotes, (w, q) =>
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            w.WriteString("speech", q.Speech);
            w.WriteString("claim", q.ClaimId);
            w.WriteString("source", q.Citation.Source);
            w.WriteEndObject();
        });
        w.WriteEndObject();
    }

    /// <summary>An array of records; flushed as it grows (Utf8JsonWriter keeps everything in memory until flushed).</summary>
    private static void Records<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> record)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            record(w, item);
            if (w.BytesPending > 1 << 20) w.Flush();
        }
        w.WriteEndArray();
    }
}
