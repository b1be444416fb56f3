namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// The site's name is cut from a title ("Headline | Townflash"), but a title element's part that names the domain and
/// is as long as a headline holds the headline too, and on a blog host (erika.blogspot.com) the blog is named by its
/// subdomain: then no part of the headline ("- Longing by A. B. Example") is taken for the site. Pages in
/// TestData/html/titles.
/// </summary>
public sealed class ATitleLosesTheSiteNameButNeverPartOfTheHeadlineTests
{
    [Theory]
    [InlineData("site-name-after-headline.html", "Feud at the town hall escalates")]
    [InlineData("site-name-after-headline-without-separator.html", "Feud at the town hall escalates - Now the mayor answers his deputy")]
    [InlineData("blog-host-title-element.html", "[Review] Love in Winter - Longing by A. B. Example")]
    public void TheTitleIsTheWholeHeadline(string page, string expected)
    {
        var (_, document) = Html.Split(Path.Combine("titles", page));
        Assert.Equal(expected, document!.Title);
    }
}
