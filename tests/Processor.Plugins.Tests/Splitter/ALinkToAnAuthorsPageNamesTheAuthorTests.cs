namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// A link to an author's own page ("/autoren/erika-muster-684124", "/author/…", "/staff/…") names the author by its
/// itemprop="name" or its text, without a job title ("Erika Muster, CEO"); a link to the list of authors ("/autoren/") or to a section's article is no byline.
/// Pages in TestData/html/bylines.
/// </summary>
public sealed class ALinkToAnAuthorsPageNamesTheAuthorTests
{
    [Theory]
    [InlineData("author-page-link-by-headline.html", "Erika Muster")]
    [InlineData("section-link-is-no-author.html", "")]
    [InlineData("author-link-with-job-title.html", "Erika Muster")]
    public void TheAuthorIsTheLinkedName(string page, string expected) =>
        Assert.Equal(Html.Expected(expected), Html.Authors(Path.Combine("bylines", page)));
}
