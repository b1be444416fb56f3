namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Many pages write their byline out instead of marking it: a label ("Posted by", "Autor:", "Author") and the name after
/// it, wherever the markup puts the name. Those names are the authors; a heading that merely opens with "Von", a social
/// handle and a commenter's name are not. Blogger's "widget Blog" is its main column, not a widget. A signature in brackets after the article's last sentence
/// names its author (site notes may follow it); a quotation's source in brackets does not. A Creative Commons notice
/// names the work's author. Pages in TestData/html/bylines.
/// </summary>
public sealed class BylinesWrittenOutInTheTextNameTheAuthorTests
{
    [Theory]
    [InlineData("label-in-heading-name-after-it.html", "Erika Muster|ABC")]
    [InlineData("label-heading-name-in-next-paragraph.html", "Jonas Beispiel")]
    [InlineData("posted-by-and-recent-comments.html", "Konstantin")]
    [InlineData("heading-opening-with-von.html", "Fritz Beispiel")]
    [InlineData("handle-then-byline.html", "Michael Example")]
    [InlineData("only-comment-authors.html", "")]
    [InlineData("label-with-gender-slash.html", "Korinna Beispiel")]
    [InlineData("chinese-editor-label.html", "王小明")]
    [InlineData("blogger-post-in-widget-blog.html", "der Michel")]
    [InlineData("forum-profile-link.html", "Gamer2man")]
    [InlineData("bracketed-sign-off.html", "Erika P. Muster")]
    [InlineData("closing-quotation-with-source.html", "")]
    [InlineData("editorial-team-byline.html", "Redaktion")]
    [InlineData("sign-off-before-site-notes.html", "ZB mit dpa")]
    [InlineData("creative-commons-attribution.html", "Erika Muster")]
    public void TheAuthorsAreTheNamesAfterTheLabel(string page, string expected) =>
        Assert.Equal(Html.Expected(expected), Html.Authors(Path.Combine("bylines", page)));
}
