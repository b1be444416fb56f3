using System.Text.Json;
using Processor.Abstractions;

namespace Processor.Plugins.Renderer.Json;

/// <summary>
/// The complete index beside the digest, <c>index/*.jsonl</c>: every source, document (with its sentence spans),
/// claim (with every attribution), story, conflict, fact, merge and removed span, one JSON record a line, each of the
/// same shape as the corresponding list of digest.json — so a tool that reads digest.json reads the index the same way.
/// Quotes are left out where they repeat the claim's text (the span still points at them), and duplicates.jsonl lists
/// the document and paragraph copies: a claim's merges are its attributions, each with how it matched.
/// </summary>
internal static class IndexWriter
{
    public const string Folder = "index";

    /// <summary>The index files, in the order digest.json lists them.</summary>
    private static readonly string[] Files =
        ["sources.jsonl", "documents.jsonl", "claims.jsonl", "stories.jsonl", "conflicts.jsonl", "facts.jsonl", "duplicates.jsonl", "removed.jsonl"];

    /// <summary>Writes the index into <paramref name="output"/>/index and returns the files written (relative paths).</summary>
    public static List<string> Write(string output, Corpus corpus, ClaimRanking ranking)
    {
        var folder = Path.Combine(output, Folder);
        Directory.CreateDirectory(folder);
        var attributions = corpus.Claims.ToDictionary(c => c.Id, c => (IReadOnlyList<Attribution>)c.Attributions, StringComparer.Ordinal);
        void Lines<T>(string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> record)
        {
            using var stream = new FileStream(Path.Combine(folder, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var w = new Utf8JsonWriter(stream, DigestJsonWriter.Options(indented: false));
            foreach (var item in items)
            {
                record(w, item);
                w.Flush();
                stream.WriteByte((byte)'\n');
                w.Reset(stream);
            }
        }
        // The claims are the largest file and the documents the next: each is written on its own core.
        Parallel.Invoke(
            () => Lines("claims.jsonl", corpus.Claims.OrderBy(c => ranking.Of[c.Id].Rank),
                (w, c) => JsonRecords.Claim(w, c, ranking.Of[c.Id].Rank, ranking.Of[c.Id].Score, ranking.Of[c.Id].Publishers, quotesWhenDifferentOnly: true)),
            () =>
            {
                Lines("sources.jsonl", corpus.Sources, JsonRecords.Source);
                Lines("documents.jsonl", corpus.Documents, JsonRecords.Document);
                Lines("stories.jsonl", corpus.Stories, JsonRecords.Story);
                Lines("conflicts.jsonl", corpus.Links.Where(l => l.Kind == ClaimLinkKind.Conflict), (w, l) => JsonRecords.Conflict(w, l, id => attributions.GetValueOrDefault(id) ?? []));
                Lines("facts.jsonl", corpus.Links.Where(l => l.Kind == ClaimLinkKind.SameFact), JsonRecords.Fact);
                // Claim merges are the claims' own attributions (each with its match); the index lists document and paragraph copies.
                Lines("duplicates.jsonl", corpus.Merges.Where(m => m.Level != "claim"), JsonRecords.Merge);
                Lines("removed.jsonl", corpus.Removed, JsonRecords.Removed);
            });
        return [.. Files.Select(f => $"{Folder}/{f}")];
    }
}
