using Processor.Abstractions;
using Processor.Testing;
using Xunit;

namespace MyPlugin.Tests;

/// <summary>Unit tests without the host: the test kit builds sources and a fake context.</summary>
public sealed class StageTests
{
    private static Document Split(SourceText source)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var line in source.TextOf(source.SpanOf(0, source.Bytes.Length)).Split('\n'))
        {
            var end = start + System.Text.Encoding.UTF8.GetByteCount(line);
            var span = source.SpanOf(start, end);
            sentences.Add(new Sentence($"d1.{sentences.Count + 1}", source.TextOf(span), span, true));
            start = end + 1;
        }
        return new Document("d1", source.File.Id, source.SpanOf(0, source.Bytes.Length)) { Sentences = [.. sentences] };
    }

    [Fact]
    public void SentencesWithAKeywordAreTaggedAndKeepTheirSpans()
    {
        var source = TestSource.From("First line mentions Albania here.\nSecond line does not.");
        var document = Split(source);
        var stage = (IDocumentStage)new Plugin().CreateStage(new Options { Keywords = ["albania"] }, new FakePluginContext());

        var tagged = stage.Process(document, source, new FakeStageContext());

        var tag = Assert.Single(tagged.Sentences[0].Tags);
        Assert.Equal("albania", tag.Value);
        Assert.Equal("Keyword mentions", tag.Get(TagKeys.Section));
        Assert.Empty(tagged.Sentences[1].Tags);
        SpanAssert.Sound(tagged, source);
    }

    [Fact]
    public void OnlyWholeWordsMatch()
    {
        var source = TestSource.From("Albanian officials spoke.\nThey met in Albania.");
        var stage = (IDocumentStage)new Plugin().CreateStage(new Options { Keywords = ["Albania"] }, new FakePluginContext());

        var tagged = stage.Process(Split(source), source, new FakeStageContext());

        Assert.Empty(tagged.Sentences[0].Tags);
        Assert.Single(tagged.Sentences[1].Tags);
    }
}
