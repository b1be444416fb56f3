using Processor.Abstractions;
using Processor.Plugins.Deduplicator.Stories;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// What the story finder saves for the next run: every story of the current corpus, whatever the limit — a forgotten
/// one is grouped afresh next time and its documents can join other stories, so an unchanged corpus would regroup
/// (30 MB of newswire: 7,622 stories, then 7,399) — and, of the stories whose documents have left the corpus, only the
/// most recent up to the limit.
/// </summary>
public sealed class TheStoryMemoryKeepsEveryStoryOfTheCorpusTests
{
    private static Document Report(string id, int day) =>
        new Document(id, "src-" + id, new SourceSpan("src-" + id, 0, 10, 1, 1)).With(DocumentMetadata.Published, new DateOnly(2026, 11, day));

    private static SavedStory Earlier(string id, int month) =>
        new(id, id, new DateOnly(2026, month, 1), null, new DateOnly(2026, month, 2), ["gone-" + id], TermVector.From([new(900UL + (ulong)month, 1f)], 48));

    [Fact]
    public void EveryStoryOfTheCorpusIsSavedAndOnlyTheNewestOfTheOthers()
    {
        // Three reports of three unrelated events (no term in common), two stories of earlier runs whose reports are gone.
        Document[] documents = [Report("flood", 20), Report("strike", 21), Report("budget", 22)];
        var terms = DocumentTerms.Build(3, add =>
        {
            (int Document, ulong Term, int Count)[] counts = [(0, 1, 3), (0, 2, 2), (1, 3, 3), (1, 4, 2), (2, 5, 3), (2, 6, 2)];
            foreach (var (d, term, count) in counts) add(d, term, count);
        });

        var (found, saved, _) = new StoryFinder(0.2, 4, keepOthers: 1)
            .Find(documents, terms, [0, 1, 2], d => d.SourceId, [Earlier("s-september", 9), Earlier("s-october", 10)]);

        Assert.Equal(3, found.Count);
        Assert.Equal(4, saved.Count);
        Assert.All(found, f => Assert.Contains(saved, s => s.Id == f.Id));
        Assert.Contains(saved, s => s.Id == "s-october");
        Assert.DoesNotContain(saved, s => s.Id == "s-september");
    }
}
