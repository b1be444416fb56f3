namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// The main text is found on the shapes real pages have: bodies separated by &lt;br&gt;&lt;br&gt; in a table cell,
/// &lt;div&gt; paragraphs inside a page-wide &lt;form&gt;, an article kept in &lt;noscript&gt;; navigation, menus and
/// comment threads stay out.
/// </summary>
public sealed class MainContentIsFoundOnRealPageShapesTests
{
    [Fact]
    public void TextSeparatedByLineBreaksIsFoundAndTheMenuCellIsNot()
    {
        var sentences = Html.Sentences(Html.Split("br-body.html").Document);
        Assert.Contains("The river rose overnight and flooded the lower fields.", sentences);
        Assert.Contains("The water is expected to fall again by the weekend, the county office said.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Contact"));
    }

    [Fact]
    public void DivParagraphsInsideAPageWideFormAreFoundWithoutTheNavigation()
    {
        var sentences = Html.Sentences(Html.Split("form-wrapped.html").Document);
        Assert.Contains("The association grew by forty members this year, its largest increase since it was founded.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Reports"));
    }

    [Fact]
    public void AnArticleKeptInNoscriptIsReadAndATemplateScriptIsNot()
    {
        var sentences = Html.Sentences(Html.Split("noscript-article.html").Document);
        Assert.Contains("Version two adds offline maps and a new search.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("template"));
    }

    [Fact]
    public void ACommentThreadAfterTheArticleIsLeftOut()
    {
        var sentences = Html.Sentences(Html.Split("url-date.html").Document);
        Assert.Contains("The city council approved next year's budget by a vote of nine to four on Tuesday evening.", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("Great news"));
    }
}
