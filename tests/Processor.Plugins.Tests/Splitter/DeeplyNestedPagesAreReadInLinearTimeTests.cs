using System.Text;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Hostile structure: 100,000 unclosed or nested elements are flattened past a fixed depth, so the page is read
/// (without a stack overflow) and its text still found. (The time this takes is measured in bench/, never asserted here.)
/// </summary>
public sealed class DeeplyNestedPagesAreReadInLinearTimeTests
{
    [Fact]
    public void AHundredThousandUnclosedDivsStillYieldTheirParagraph()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>The only sentence of this page sits very deep inside it.</p></body></html>";
        var (_, document) = Html.Split(Encoding.UTF8.GetBytes(page));
        Assert.Equal(["The only sentence of this page sits very deep inside it."], Html.Sentences(document));
    }

    [Fact]
    public void AHundredThousandNestedBlockquotesStillYieldTheirText()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<blockquote>", 100_000)) + "Quoted a hundred thousand times over, and still one sentence."
                   + string.Concat(Enumerable.Repeat("</blockquote>", 100_000)) + "</body></html>";
        var (_, document) = Html.Split(Encoding.UTF8.GetBytes(page));
        Assert.Equal(["Quoted a hundred thousand times over, and still one sentence."], Html.Sentences(document));
    }

    [Fact]
    public void AMillionTinyParagraphsAreSplitWithSoundSpans()
    {
        var page = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 200_000; i++) page.Append("<p>Item ").Append(i).Append(" is here.</p>");
        page.Append("</article></body></html>");
        var (_, document) = Html.Split(Encoding.UTF8.GetBytes(page.ToString()));
        Assert.Equal(200_000, document!.Sentences.Length);
    }
}
