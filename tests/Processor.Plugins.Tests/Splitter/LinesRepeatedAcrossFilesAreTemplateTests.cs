using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>A line each page of a site carries once (a menu item, "Subscribe…") is template text across the corpus.</summary>
public sealed class LinesRepeatedAcrossFilesAreTemplateTests
{
    private static List<SourceText> Pages() =>
        Enumerable.Range(1, 4).Select(i => TestSource.From($"""
            Example Site Weekly
            Headline number {i} about the camp

            Body sentence number {i} says that the camp in Albania received {i * 100} new residents this year.
            Subscribe to our newsletter today
            """, $"page{i}.txt")).ToList();

    [Fact]
    public void AShortLineInManyFilesIsRemovedWithItsReason()
    {
        var stage = new SplitterPlugin().CreateStage(new SplitterOptions { CrossSourceThreshold = 3 }, new FakePluginContext());
        var pages = Pages();
        foreach (var page in pages) ((ISourceObserver)stage).Observe(page, new FakeStageContext());

        var result = ((ISourceStage)stage).Process(pages[0], new FakeStageContext());
        var texts = result.Documents.SelectMany(d => d.Sentences).Select(s => s.Text).ToList();
        Assert.DoesNotContain("Subscribe to our newsletter today", texts);
        Assert.DoesNotContain("Example Site Weekly", texts);
        Assert.Contains(result.Removed, r => r.Reason == "repeated-across-sources");
        Assert.Equal("Headline number 1 about the camp", result.Documents.Single().Title);
    }

    [Fact]
    public void ItIsOffByDefaultSoSyndicatedHeadlinesStay()
    {
        var stage = new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        var pages = Pages();
        foreach (var page in pages) ((ISourceObserver)stage).Observe(page, new FakeStageContext());
        var result = ((ISourceStage)stage).Process(pages[0], new FakeStageContext());
        Assert.DoesNotContain(result.Removed, r => r.Reason == "repeated-across-sources");
    }

    [Fact]
    public void BelowTheThresholdTheLinesStay()
    {
        var stage = new SplitterPlugin().CreateStage(new SplitterOptions { CrossSourceThreshold = 5 }, new FakePluginContext());
        var pages = Pages();
        foreach (var page in pages) ((ISourceObserver)stage).Observe(page, new FakeStageContext());
        var result = ((ISourceStage)stage).Process(pages[0], new FakeStageContext());
        Assert.DoesNotContain(result.Removed, r => r.Reason == "repeated-across-sources");
    }
}
