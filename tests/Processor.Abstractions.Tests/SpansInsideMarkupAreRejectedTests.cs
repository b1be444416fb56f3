using System.Text;

namespace Processor.Abstractions.Tests;

/// <summary>
/// A span is page text, not markup: the provenance rules reject a sentence whose span starts or ends inside a tag, lies
/// in the head or a script, or holds a script, and one that overlaps or repeats another sentence's span.
/// </summary>
public sealed class SpansInsideMarkupAreRejectedTests
{
    private const string Page = "<html><head><title>T</title><script type=\"application/ld+json\">{\"headline\":\"Not text.\"}</script></head>" +
                                "<body><p class=\"lead\">Real text here.</p><script>var x = \"Hidden text.\";</script><p>More text.</p></body></html>";

    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes(Page);
    private static readonly SourceText Source = new(new SourceFile("p1", "page.html", "/page.html", "", Bytes.Length), Bytes);

    private static string? Check(params (string Text, int Start, int End)[] sentences) =>
        ProvenanceRules.Check(new Document("p1-01", "p1", Source.SpanOf(0, Bytes.Length))
        {
            Sentences = [.. sentences.Select((s, i) => new Sentence($"p1-01.{i + 1}", s.Text, Source.SpanOf(s.Start, s.End), true))],
        }, Source);

    private static (string, int, int) At(string text) => (text, Page.IndexOf(text, StringComparison.Ordinal), Page.IndexOf(text, StringComparison.Ordinal) + text.Length);

    [Fact]
    public void BodyTextPasses() => Assert.Null(Check(At("Real text here."), At("More text.")));

    [Fact]
    public void TextInTheHeadsJsonLdIsNotText() => Assert.Contains("markup", Check(At("Not text.")));

    [Fact]
    public void TextInAScriptIsNotText() => Assert.Contains("markup", Check(At("Hidden text.")));

    [Fact]
    public void TextAfterASelfClosedScriptIsNotText()
    {
        const string page = "<html><body><p>Shown.</p><script src=\"a.js\"/>var shown = \"Not shown at all.\";</script><p>Also shown.</p></body></html>";
        var bytes = Encoding.UTF8.GetBytes(page);
        var source = new SourceText(new SourceFile("p2", "page.html", "/page.html", "", bytes.Length), bytes);
        var start = page.IndexOf("Not shown", StringComparison.Ordinal);
        Assert.NotNull(source.MarkupProblem(source.SpanOf(start, start + "Not shown at all.".Length)));
        var after = page.IndexOf("Also shown.", StringComparison.Ordinal);
        Assert.Null(source.MarkupProblem(source.SpanOf(after, after + "Also shown.".Length)));
    }

    [Fact]
    public void AnAttributeValueIsNotText() => Assert.Contains("markup", Check(At("lead")));

    [Fact]
    public void ASpanHoldingAScriptIsNotText()
    {
        var start = Page.IndexOf("Real text", StringComparison.Ordinal);
        var end = Page.IndexOf("More text.", StringComparison.Ordinal) + "More text.".Length;
        var text = Source.TextOf(Source.SpanOf(start, end));
        Assert.Contains("script", Check((text, start, end)));
    }

    [Fact]
    public void TheSameSpanTwiceIsRejected() => Assert.Contains("overlaps", Check(At("Real text here."), At("Real text here.")));
}
