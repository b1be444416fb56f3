using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// HTML pages and JSON Lines records are split with spans into the original files: the bytes at a span,
/// decoded as the format says (entities, JSON escapes, tags removed), are the sentence.
/// </summary>
public sealed class HtmlAndJsonLinesKeepProvenanceTests
{
    private static (SourceText Source, SourceResult Result, FakeStageContext Context) Split(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "formats", file);
        var source = TestSource.FromBytes(File.ReadAllBytes(path), file);
        var context = new FakeStageContext("splitter");
        var stage = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        return (source, stage.Process(source, context), context);
    }

    [Fact]
    public void AnHtmlPageYieldsItsMainContentWithExactSpansAndItsMetadata()
    {
        var (source, result, _) = Split("page.html");
        var document = Assert.Single(result.Documents);
        SpanAssert.Sound(document, source);

        var sentences = document.Sentences.Select(s => s.Text).ToList();
        Assert.Contains("Albanian police raided the MEK’s base on Tuesday & seized computers.", sentences);
        Assert.Contains("The camp, known as Ashraf\u00a03, houses around 2,400 members.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Subscribe") || s.Contains("rights reserved") || s.Contains("Home") || s.Contains("not text"));

        var raw = System.Text.Encoding.UTF8.GetString(source.BytesOf(document.Sentences.Single(s => s.Text.StartsWith("The camp")).Span));
        Assert.Equal("The camp, known as <b>Ashraf&nbsp;3</b>, houses around 2,400 members.", raw);

        Assert.Equal("Police raid the camp", document.Title);   // the page's one h1 is its headline
        Assert.Equal(new DateOnly(2023, 6, 21), document.Get(DocumentMetadata.Published));
        Assert.Equal(["Jane Doe"], document.Get(DocumentMetadata.Authors).ToArray());
        Assert.Equal("Example News", document.Get(DocumentMetadata.Site));
    }

    [Fact]
    public void JsonLinesRecordsBecomeDocumentsWithSpansIntoTheEscapedStrings()
    {
        var (source, result, context) = Split("records.jsonl");
        var document = Assert.Single(result.Documents);
        SpanAssert.Sound(document, source);

        var sentence = document.Sentences.Single(s => s.Text.StartsWith("Second paragraph"));
        Assert.Equal("Second paragraph: the group’s leader spoke in Paris.", sentence.Text);
        Assert.Equal(@"Second paragraph: the group\u2019s leader spoke in Paris.", System.Text.Encoding.UTF8.GetString(source.BytesOf(sentence.Span)));
        Assert.Contains(document.Sentences, s => s.Text == "She said \"we will stay\" for now.");

        Assert.Equal("Camp \"news\"", document.Title);
        Assert.Equal(new DateOnly(2023, 6, 22), document.Get(DocumentMetadata.Published));
        Assert.Equal("example.org", document.Get(DocumentMetadata.Publisher));
        Assert.Equal(2, context.Warnings.Count);
        Assert.Contains(context.Warnings, w => w.StartsWith("line 2 is not a valid JSON record"));
        Assert.Contains(context.Warnings, w => w.StartsWith("line 3 has no \"text\" field"));
    }
}
