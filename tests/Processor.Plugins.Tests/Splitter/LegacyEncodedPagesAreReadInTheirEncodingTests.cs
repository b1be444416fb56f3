namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Pages in windows-1252 or ISO-8859-1 (declared in a meta tag, or declared as UTF-8 but written in Latin-1) are read
/// in their encoding: accented letters come out right and every span points at the page's own bytes.
/// </summary>
public sealed class LegacyEncodedPagesAreReadInTheirEncodingTests
{
    [Fact]
    public void AnIso88591PageIsDecodedAsWindows1252WithSpansIntoItsBytes()
    {
        var (source, document) = Html.Split("latin1.html");
        Assert.Equal(Processor.Abstractions.TextEncoding.Legacy, source.Encoding);
        Assert.Contains("Le café de la place a rouvert ses portes après trois mois de travaux.", Html.Sentences(document));
        Assert.Equal("Café société", document!.Title);
    }

    [Fact]
    public void APageThatDeclaresUtf8ButIsLatin1IsReadAsWindows1252()
    {
        var (source, document) = Html.Split("declares-utf8-latin1.html");
        Assert.Contains("UTF-8", source.EncodingNote);
        Assert.Contains("Die Stadt feiert ihr größtes Fest seit Jahren.", Html.Sentences(document));
    }
}
