using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Samples.WatchList;

/// <summary>
/// Adds a <c>watchlist.alert</c> tag (value: the entry's name) to every sentence that mentions a watched item, and to
/// the document the names of the entries it mentions (metadata <c>watchlist.entries</c>: a plugin's own metadata key,
/// kept in the state and exported like the SDK's).
/// </summary>
internal sealed class WatchListStage : IDocumentStage
{
    /// <summary>The watch-list entries a document mentions, in the order of the list.</summary>
    public static MetadataKey<System.Collections.Immutable.ImmutableArray<string>> Entries { get; } =
        MetadataKey.TextList("watchlist.entries", "the watch-list entries the document mentions");

    private readonly List<(WatchEntry Entry, HashSet<string> Entities, Regex? Keywords)> _entries;

    public WatchListStage(IEnumerable<WatchEntry> entries) =>
        _entries = entries.Select(e => (e, e.Entities.ToHashSet(StringComparer.Ordinal),
            e.Keywords.Count == 0 ? null : new Regex(@"\b(?:" + string.Join('|', e.Keywords.Select(Regex.Escape)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList();

    public Document Process(Document document, SourceText source, IStageContext context)
    {
        var sentences = document.Sentences.Select(Tag).ToList();
        var mentioned = _entries.Select(e => e.Entry.Name)
            .Where(name => sentences.Any(s => s.Tags.Any(t => t.Kind == AlertKind && t.Value == name))).ToList();
        return (document with { Sentences = [.. sentences] }).With(Entries, [.. mentioned]);
    }

    private const string AlertKind = "watchlist.alert";

    private Sentence Tag(Sentence sentence)
    {
        var tags = sentence.Tags;
        foreach (var (entry, entities, keywords) in _entries)
        {
            var entity = sentence.Tags.FirstOrDefault(t => t.Kind == TagKinds.Entity && entities.Contains(t.Value));
            var keyword = keywords?.Match(sentence.Text);
            var matched = entity?.Get(TagKeys.Alias) ?? (keyword is { Success: true } ? keyword.Value : null);
            if (matched is not null)
                tags = tags.Add(new Tag(AlertKind, entry.Name).With("severity", entry.Severity).With("matched", matched).With(TagKeys.Section, "Alerts"));
        }
        return tags == sentence.Tags ? sentence : sentence with { Tags = tags };
    }
}
