using Processor.Abstractions;
namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Headline, date, authors and site come from JSON-LD (with @graph and @id references), OpenGraph, meta tags, bylines
/// and the address, in that order of trust; the headline loses its kicker and site name, the date is the one written
/// (not the UTC day) and never later than today, an author is a name and never an address.
/// </summary>
public sealed class PageMetadataIsReadFromWhatThePageDeclaresTests
{
    [Fact]
    public void JsonLdGivesTheDateAsWrittenAndTheAuthorItReferencesById()
    {
        var (_, document) = Html.Split("metadata.html");
        Assert.Equal(new DateOnly(2021, 3, 4), document!.Get(DocumentMetadata.Published));   // 23:30 at -05:00 is the 5th in UTC
        Assert.Equal(["Mara Lindqvist"], document.Get(DocumentMetadata.Authors).ToArray());
        Assert.Equal("The Coastal Courier", document.Get(DocumentMetadata.Site));
    }

    [Fact]
    public void JsonLdWithAStrayBraceAfterItStillGivesTheDate()
    {
        // A strict parser rejects the block ("extra data"), and a related article's date would win.
        var (_, document) = Html.Split("json-ld-extra-brace.html");
        Assert.Equal(new DateOnly(2020, 10, 26), document!.Get(DocumentMetadata.Published));
        Assert.Equal(["Ana Kovač"], document.Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void TheSitesPartOfATitleElementIsTheOneNamingTheDomainEvenWhenItComesFirst()
    {
        var (_, document) = Html.Split("title-site-first-word.html");
        Assert.Equal("Magic Cleaning", document!.Title);
    }

    /// <summary>
    /// <c>content="… "unworkable""</c>: a quote mark inside an unescaped attribute ends it, and the meta title stops
    /// before the quotation; the title element says it whole.
    /// </summary>
    [Fact]
    public void AMetaTitleCutShortByAQuoteMarkIsTakenWholeFromTheTitleElement()
    {
        var (_, document) = Html.Split("og-title-broken-quotes.html");
        Assert.Equal("Senator calls the plan \"unworkable\"", document!.Title);
    }

    /// <summary>Chinese titles take no spaces: "…城！-新华网" ends with the site's name after an unspaced dash.</summary>
    [Fact]
    public void AChineseTitleElementLosesTheSiteNameAfterAnUnspacedDash()
    {
        var (_, document) = Html.Split("title-cjk-site-suffix.html");
        Assert.Equal("武汉的声音：有英勇的你，才有英雄的城！", document!.Title);
    }

    [Fact]
    public void AnH1ThatLinksToTheSitesHomeAddressIsTheBlogsNameNotThePostsTitle()
    {
        var (_, document) = Html.Split("blog-title-links-home.html");
        Assert.Equal("Tomatoes in October", document!.Title);
    }

    [Fact]
    public void ASeparatorLeftAtTheStartOfAHeadlineIsDropped()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><body><article><h1><span class="dachzeile"></span> - „Es kommt darauf an, wie die Menschen sterben“</h1>
            <p>The hospice has twelve beds, and the staff say that every one of them has been taken for months now.</p>
            <p>The nurses describe their work as accompanying people, not treating them, in their last weeks of life.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal("„Es kommt darauf an, wie die Menschen sterben“", document!.Title);
    }

    [Fact]
    public void AUserNameInAnAuthorLinkIsTheAuthorButDigitsInFreeTextAreNot()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><body><article><h1>Sigma lenses compared</h1>
            <div class="entry-meta">Dezember 10, 2019 · von <span class="author vcard"><a href="https://example.blog/author/freeman1984/" rel="author">freeman1984</a></span></div>
            <p>Three lenses, one camera and a rainy afternoon: the test was short, but the differences were easy to see.</p>
            <p>The cheapest of the three was the sharpest in the centre, which nobody in the shop had expected at all.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(["freeman1984"], document!.Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void ABylinePrintedInTheArticleIsMarkedForTheTagger()
    {
        var (source, document) = Html.Split("byline-in-the-text.html");
        var byline = Assert.Single(document!.Tags, t => t.Kind == Processor.Abstractions.TagKinds.Byline);
        Assert.Equal("Claudia Lindner", byline.Get(Processor.Abstractions.TagKeys.Names));
        Assert.Equal("Von Claudia Lindner", source.TextOf(byline.Span!.Value));
        var tagged = Processor.Plugins.Tests.Support.Chain.Tag(document, source);
        Assert.Equal(["Claudia Lindner"], tagged.Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void APhotoCreditIsNoAuthor()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta name="author" content="Foto: Ingo Schneider"></head><body><article><h1>Flats are scarce in Freiburg</h1>
            <p class="byline">Von Lisa Petrich</p>
            <p>Students looking for a room this autumn are finding fewer offers than ever, and higher rents for each of them.</p>
            <p>The city plans two new halls of residence, but neither will open before the next academic year begins.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(["Lisa Petrich"], document!.Get(DocumentMetadata.Authors).ToArray());
    }

    [Fact]
    public void TheHeadlineIsTheArticlesH1WithoutItsKickerNotTheSitesLogo()
    {
        var (_, document) = Html.Split("metadata.html");
        Assert.Equal("Harbour Reopens After Storm", document!.Title);
    }

    [Fact]
    public void TheAddressGivesTheDateAndAnAuthorIsNeverAnAddress()
    {
        var (_, document) = Html.Split("url-date.html");
        Assert.Equal(new DateOnly(2019, 11, 5), document!.Get(DocumentMetadata.Published));
        Assert.Equal(["Jon Berg"], document.Get(DocumentMetadata.Authors).ToArray());
        Assert.Equal("Council Votes On Budget", document.Title);
    }

    [Fact]
    public void ADateInARelatedLinksWidgetOrInTheFutureIsNeverThePublicationDate()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><body><article><h1>Quiet week at the museum</h1>
            <p>The museum had a quiet week, with few visitors and no new exhibitions to speak of this time.</p>
            <p>Its director said the spring programme will be announced next month, as every year.</p></article>
            <aside class="related"><ul><li><a href="/x">Old news</a> <time datetime="2001-01-01">1 January 2001</time></li></ul></aside>
            <div class="meta">Next exhibition: <time datetime="2999-05-01">1 May 2999</time></div></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Null(document!.Get(DocumentMetadata.Published));
    }

    [Fact]
    public void ThePostsOwnFooterGivesItsDateAndAuthorButTheSitesFooterDoesNot()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><body><div id="content"><div class="entry-asset asset"><h2 class="asset-name">Elektromobilität, der neue Trend</h2>
            <div class="asset-body"><p>Elektroautos werden billiger, und die Reichweite wächst mit jeder neuen Generation der Batterien.</p>
            <p>Noch fehlen aber Ladesäulen auf dem Land, und die Wartezeiten an den vorhandenen sind oft lang.</p></div>
            <div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | 0 Meinungen</div></div>
            </div></div><div id="footer"><p>Stand: 01.01.2020</p></div></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(new DateOnly(2013, 5, 3), document!.Get(DocumentMetadata.Published));
    }

    [Fact]
    public void ADatelineOpeningTheFirstParagraphUnderTheHeadlineIsTheDate()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><body><h1 id="sitetitle"><a href="/" title="Startseite">Pflanzen · Forschung · Landwirtschaft</a></h1>
            <div id="main"><h1>Afrikanische Schweinepest: Neue Hoffnung durch Genome Editing</h1>
            <p><strong>(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest, die seit Jahren näher rückt.</strong></p>
            <p>Forscher haben nun Schweine gezüchtet, die gegen das Virus widerstandsfähig sein sollen, so heißt es am 3. März 2017.</p>
            </div></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(new DateOnly(2018, 1, 18), document!.Get(DocumentMetadata.Published));
    }

    [Theory]
    [InlineData("<span class=\"blue\">01.02.2022</span>", "2022-02-01")]
    [InlineData("<span>Wochenende in Wien 28.09. - 01.10.2023</span>", null)]
    public void AShortDateTextIsTheLastResortButAnEventsRangeIsNot(string dateText, string? expected)
    {
        var page = System.Text.Encoding.UTF8.GetBytes($"""
            <html><body><div id="col_2"><h2>Levelpässe für das Synchronschwimmen können ab sofort bestellt werden</h2>
            <div class="newsSingleHeader"><b>Synchronschwimmen</b><br/>{dateText}</div>
            <p>Die neuen Levelpässe sind da und können ab sofort über die Geschäftsstelle des Verbands bestellt werden.</p>
            <p>Sie gelten für alle Altersklassen und ersetzen die bisherigen Hefte, die noch bis zum Jahresende gültig bleiben.</p>
            </div></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document!.Get(DocumentMetadata.Published));
    }

    /// <summary>An archive's story declares its day in meta: it is kept however old; a year in the text before 1995 is not a publication date.</summary>
    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"1987-04-24T08:00:00Z\">", "", "1987-04-24")]
    [InlineData("", "<p class=\"date\">24.04.1987</p>", null)]
    public void AnArchivesDeclaredDateIsKeptHoweverOld(string meta, string dateLine, string? expected)
    {
        var page = System.Text.Encoding.UTF8.GetBytes($"""
            <html><head>{meta}</head><body><article><h1>Valley Partners wins take-or-pay case</h1>{dateLine}
            <p>A jury in a district court found that the partnership had no liability for the claims of the exploration company.</p>
            <p>Take-or-pay claims involve contracts that require gas to be paid for even if it is not taken, the company said.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document!.Get(DocumentMetadata.Published));
    }

    [Fact]
    public void ASubheadingBeforeTheHeadlineInTheH1IsAKicker()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Klimavorreiter Oberland? - Tegernseerstimme</title></head><body><article>
            <h1 class="entry-title"><span class="sub-heading">Energiewende Oberland:</span><br> Klimavorreiter Oberland?</h1>
            <p>Beim Netzwerktreffen in Egling ging es um Energieeffizienz in Betrieben und um die Frage, wer vorangeht.</p>
            <p>Zwölf Unternehmen aus dem Oberland haben sich zusammengeschlossen, um ihren Verbrauch gemeinsam zu senken.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal("Klimavorreiter Oberland?", document!.Title);
    }

    [Fact]
    public void ATitleElementThatIsTheHeadlineHasNoSitePartToCut()
    {
        var page = System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Der Simulator wird größer - Trailer stellt Platinum Edition vor</title></head><body><article>
            <h1 class="box-title">Der Simulator wird größer - Trailer stellt Platinum Edition vor <i class="box-icon"></i></h1>
            <p>Ein Jahr nach dem Release bekommt das Spiel eine erweiterte Fassung mit neuen Maschinen und einer neuen Karte.</p>
            <p>Der Trailer zeigt die wichtigsten Neuerungen, darunter Fahrzeuge eines Herstellers, der bisher gefehlt hat.</p>
            </article></body></html>
            """);
        var (_, document) = Html.Split(page);
        Assert.Equal("Der Simulator wird größer - Trailer stellt Platinum Edition vor", document!.Title);
    }
}
