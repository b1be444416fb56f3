namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Initials ("TN") and log-in names ("jonas.beispiel") in a page's metadata stand for an account: the byline's full
/// name wins, and they are kept only when nothing else names anyone. Where the JSON-LD names only the first author and
/// the author meta lists them all, all are the authors. Pages in TestData/html/bylines.
/// </summary>
public sealed class AnAccountNameGivesWayToAPersonsNameTests
{
    [Theory]
    [InlineData("initials-in-meta-then-author-link.html", "Erika T. Muster")]
    [InlineData("login-in-json-ld-then-byline.html", "Jonas P. Beispiel")]
    [InlineData("json-ld-first-author-meta-all.html", "Ann Example|Dan O'Example")]
    public void TheAuthorsAreThePeopleNamed(string page, string expected) =>
        Assert.Equal(Html.Expected(expected), Html.Authors(Path.Combine("bylines", page)));
}
