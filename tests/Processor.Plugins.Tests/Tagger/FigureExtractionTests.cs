using Processor.Plugins.Tagger.Figures;

namespace Processor.Plugins.Tests.Tagger;

public sealed class FigureExtractionTests
{
    private static readonly FigureExtractor Extractor = new([]);

    [Theory]
    [InlineData("the number of MEK members remaining in Albania has dropped to around 2,400—a clear sign.", 2400, "member", "approx")]
    [InlineData("The MKO has assassinated over 12,000 Iranians in the last 4 decades.", 12000, "iranian", "at-least")]
    [InlineData("How one terror group killed 12k Iranians", 12000, "iranian", "exact")]
    [InlineData("Albania hosts some 3,000 MEK members in its camp.", 3000, "member", "approx")]
    [InlineData("They debated with more than 20 national MPs from 15 EU member states.", 20, "mp", "at-least")]
    [InlineData("He had spent 40 years in the group.", 40, "year", "exact")]
    [InlineData("Each member was paid $40,000 to stay.", 40000, "usd", "exact")]
    [InlineData("The portfolio is estimated to be worth about 370 mln dlrs.", 370_000_000, "dlr", "approx")]
    [InlineData("Petrobras cancelled a 42 mln dlr crude oil purchase.", 42_000_000, "dlr", "exact")]
    [InlineData("The bonds were priced to yield 8.21 pct.", 8.21, "pct", "exact")]
    [InlineData("Aid donors pledged 1.2 bln stg in fresh funds.", 1_200_000_000, "stg", "exact")]
    public void ANumberCarriesItsValueQualifierAndCountedNoun(string sentence, double value, string counts, string qualifier)
    {
        var figure = Extractor.Extract(sentence).First();
        Assert.Equal(value, double.Parse(figure.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(counts, figure.Get("counts"));
        Assert.Equal(qualifier, figure.Get("qualifier"));
    }

    /// <summary>A comparison word after a number counts nothing: result lines of different companies were lined up on "vs".</summary>
    [Theory]
    [InlineData("Net profit 12.4 mln vs 9.8 mln.")]
    [InlineData("Shares outstanding 4.1 mln versus 3.9 mln a year ago.")]
    [InlineData("The vote was 212 against 190.")]
    public void AComparisonWordIsNoCountedNoun(string sentence) =>
        Assert.All(Extractor.Extract(sentence), f => Assert.DoesNotContain(f.Get("counts"), new[] { "vs", "v", "versus", "against" }));

    [Theory]
    [InlineData("The group sided with Saddam Hussein in the war that ended in 1988.")]
    [InlineData("Call the office on +98 21 1234 5678 for details.")]
    [InlineData("The report was published on 2019-11-16 in Tirana.")]
    [InlineData("He returned ahead of a theoretical July 1 deadline for agreement.")]
    [InlineData("Offers were due on 30 April at the latest.")]
    [InlineData("It produced 72,0000 tons of copper anode last year.")]
    public void YearsPhoneNumbersAndDatesAreNotFigures(string sentence) => Assert.Empty(Extractor.Extract(sentence));

    [Theory]
    [InlineData("They counted hereabout 300 tents near the camp.", "300", "exact")]
    [InlineData("A scout saw thereabout 40 people there.", "40", "exact")]
    [InlineData("As many as   2,000 people marched.", "As many as   2,000", "at-least")]
    [InlineData("The embassy counted approximately 1,500 protesters.", "approximately 1,500", "approx")]
    public void AQualifierCountsOnlyAsAWholeWordRightBeforeTheNumber(string sentence, string text, string qualifier)
    {
        var figure = Extractor.Extract(sentence).First();
        Assert.Equal(text, figure.Get("text"));
        Assert.Equal(qualifier, figure.Get("qualifier"));
    }

    [Theory]
    [InlineData("He had spent 40 years in the group.", "duration")]
    [InlineData("Each member was paid $40,000 to stay.", "money")]
    [InlineData("He is paid 12,000 euros a month.", "money")]
    [InlineData("The party won 37% of the vote.", "percent")]
    [InlineData("Some 3,000 members live in the camp.", "count")]
    [InlineData("Sales rose to 2.0 billion dlrs.", "money")]
    [InlineData("Sterling reserves rose 460 mln stg.", "money")]
    [InlineData("Output fell 7.9 pct in the week.", "percent")]
    [InlineData("The sale covers 50,000 tonnes of hard red winter wheat.", "amount")]
    [InlineData("Stocks fell to 432,800 barrels.", "amount")]
    public void AFigureSaysWhatKindOfMeasureItIs(string sentence, string measure) =>
        Assert.Equal(measure, Extractor.Extract(sentence).First().Get("measure"));

    [Fact]
    public void WordsBeforeTheNounNarrowWhatIsCounted() =>
        Assert.Equal("destitute former", Extractor.Extract("The group cannot even deal with 40 destitute former members.").First().Get("modifiers"));

    [Fact]
    public void AFigureASentenceOnlySupposesIsHypotheticalButADefiniteOneIsNot()
    {
        var figures = Extractor.Extract("Suppose each of the 3,500 members who came to Albania was given $30,000 in cash.").ToList();
        Assert.Null(figures.Single(f => f.Value == "3500").Get("hypothetical"));
        Assert.Equal("true", figures.Single(f => f.Value == "30000").Get("hypothetical"));
    }

    [Theory]
    [InlineData("In a hypothetical case, 40 members would leave the camp.", "true")]
    [InlineData("The plan would, hypothetically, add 12 jobs to the town.", "true")]
    [InlineData("The hypotheticals of the report list 12 jobs in the town.", null)]
    [InlineData("The town added 12 jobs last year, the report said.", null)]
    public void TheWordHypotheticalBeforeAFigureMakesItHypothetical(string sentence, string? expected) =>
        Assert.Equal(expected, Extractor.Extract(sentence).First().Get("hypothetical"));
}
