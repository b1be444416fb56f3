using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Samples.WatchList;

/// <summary>Adds a <c>watchlist.alert</c> tag (value: the entry's name) to every sentence that mentions a watched item.</summary>
internal sealed class WatchListStage : IDocumentStage
{
    private readonly List<(WatchEntry Entry, HashSet<string> Entities, Regex? Keywords)> _entries;

    public WatchListStage(IEnumerable<WatchEntry> entries) =>
        _entries = entries.Select(e => (e, e.Entities.ToHashSet(StringComparer.Ordinal),
            e.Keywords.Count == 0 ? null : new Regex(@"\b(?:" + string.Join('|', e.Keywords.Select(Regex.Escape)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList();

    public Document Process(Document document, SourceText source, IStageContext context) =>
        document with { Sentences = [.. document.Sentences.Select(Tag)] };

    private Sentence Tag(Sentence sentence)
    {
        var tags = sentence.Tags;
        foreach (var (entry, entities, keywords) in _entries)
        {
            var entity = sentence.Tags.FirstOrDefault(t => t.Kind == TagKinds.Entity && entities.Contains(t.Value));
            var keyword = keywords?.Match(sentence.Text);
            var matched = entity?.Get(TagKeys.Alias) ?? (keyword is { Success: true } ? keyword.Value : null);
            if (matched is not null)
                tags = tags.Add(new Tag("watchlist.alert", entry.Name).With("severity", entry.Severity).With("matched", matched).With(TagKeys.Section, "Alerts"));
        }
        return tags == sentence.Tags ? sentence : sentence with { Tags = tags };
    }
}
