using CsCheck;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// For random scraped-looking text (markup, navigation, multi-byte characters, CRLF and LF), every
/// sentence span decodes to its text, sentences never overlap, and they lie inside their article.
/// </summary>
public sealed class SplitterSpanPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf<string>(
        "the", "group", "Iran", "MEK", "said", "é", "Tirana’s", "€40,000", "12k", "3.5", "U.S.", "Dr.", "ش", "😀", "“quoted”", "(aside)", "<b>bold</b>", "e.g.");

    private static readonly Gen<string> Sentence = Gen.Select(Word.Array[1, 14], Gen.OneOf<string>(".", "!", "?", "", "…", ".”"),
        (words, end) => string.Join(' ', words) + end);

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Sentence.Array[1, 4].Select(s => string.Join(' ', s))),
        (1, Gen.OneOf<string>("  • Home", "Read more", "FacebookTwitterEmail", "November 16, 2019 0 comments", "By Jane Doe", "© 2024 Site", "", "   ", "Ali Alavi,", "[1] Ref, p. 3")),
        (1, Word.Array[1, 6].Select(w => string.Join(' ', w))));

    private static readonly Gen<string> Document = Gen.Select(Line.Array[0, 30], Gen.Bool,
        (lines, crlf) => string.Join(crlf ? "\r\n" : "\n", lines));

    [Fact]
    public void EverySentenceSpanIsExactDisjointAndInsideItsArticle()
    {
        var stage = new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        Document.Sample(text =>
        {
            var source = TestSource.From(text);
            var result = ((Processor.Abstractions.ISourceStage)stage).Process(source, new FakeStageContext("splitter"));
            var previousEnd = 0;
            foreach (var document in result.Documents)
            {
                SpanAssert.Sound(document, source);
                Assert.True(document.Span.Start >= previousEnd, "articles overlap");
                previousEnd = document.Span.End;
            }
            foreach (var removed in result.Removed)
                Assert.DoesNotContain(result.Documents.SelectMany(d => d.Sentences), s => s.Span.Overlaps(removed.Span));
        }, iter: 300);
    }

    private static readonly Gen<string> HtmlWord = Gen.OneOf<string>(
        "camp", "Iran", "said", "&amp;", "&#8217;s", "&nbsp;", "é", "€40,000", "😀", "<b>bold</b>", "<a href=\"x\">link</a>", "U.S.", "“quoted”");

    private static readonly Gen<string> HtmlPage =
        Gen.Select(HtmlWord.Array[1, 12], Gen.OneOf<string>(".", "!", "?", "")).Select((w, end) => string.Join(' ', w) + end)
            .Array[1, 4].Select(s => "<p>" + string.Join(' ', s) + "</p>")
            .Array[1, 8].Select(ps => $"<html><body><nav><a>Home</a></nav><article>\n{string.Join("\n", ps)}\n</article></body></html>");

    [Fact]
    public void HtmlSentenceSpansDecodeToTheirTextAndNeverOverlap()
    {
        var stage = (Processor.Abstractions.ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        HtmlPage.Sample(html =>
        {
            var source = TestSource.From(html, "page.html");
            foreach (var document in stage.Process(source, new FakeStageContext("splitter")).Documents)
                SpanAssert.Sound(document, source);
        }, iter: 200);
    }

    [Fact]
    public void Utf16SpansPointAtTheOriginalBytesAndDecodeToTheirText()
    {
        var stage = (Processor.Abstractions.ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        Gen.Select(Document, Gen.Bool).Sample((text, bigEndian) =>
        {
            var encoding = bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode;
            var source = TestSource.FromBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(text)], "utf16.txt");
            var result = stage.Process(source, new FakeStageContext("splitter"));
            foreach (var document in result.Documents)
            {
                SpanAssert.Sound(document, source);
                foreach (var sentence in document.Sentences)
                    Assert.Equal(sentence.Text, encoding.GetString(source.BytesOf(sentence.Span)));
            }
        }, iter: 200);
    }
}
