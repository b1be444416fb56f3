using Processor.Abstractions;
using Processor.Testing;
using Xunit;

namespace MyPlugin.Tests;

/// <summary>Unit tests without the host: the test kit builds sources and a fake context.</summary>
public sealed class StageTests
{
    [Fact]
    public void SentencesWithAKeywordAreTaggedAndKeepTheirSpans()
    {
        var source = TestSource.From("First line mentions Albania here.\nSecond line does not.");
        var span1 = source.SpanOf(0, 33);
        var span2 = source.SpanOf(34, source.Bytes.Length);
        var document = new Document("d1", source.File.Id, source.SpanOf(0, source.Bytes.Length))
        {
            Sentences = [new Sentence("d1.1", source.TextOf(span1), span1, true), new Sentence("d1.2", source.TextOf(span2), span2, true)],
        };
        var stage = (IDocumentStage)new Plugin().CreateStage(new Options { Keywords = ["albania"] }, new FakePluginContext());

        var tagged = stage.Process(document, source, new FakeStageContext());

        Assert.Equal("albania", Assert.Single(tagged.Sentences[0].Tags).Value);
        Assert.Empty(tagged.Sentences[1].Tags);
        SpanAssert.Sound(tagged, source);
    }
}
