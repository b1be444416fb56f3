using Processor.Abstractions;
using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>Capitalised multi-word names the gazetteer lacks are candidates; sentence starts, single words and known aliases are not.</summary>
public sealed class NameCandidatesTests
{
    private static readonly Tag Bolton = new Tag("entity", "john-bolton").With("alias", "John Bolton");

    [Theory]
    [InlineData("The first sign of this came in a piece by Eli Clifton, which discussed the payment.", "Eli Clifton")]
    [InlineData("Ali Javanmardi, a reporter for the Voice of America, is said to stir unrest.", "Ali Javanmardi|Voice of America")]
    [InlineData("The Iranian Resistance held a rally in Paris on Saturday.", "Iranian Resistance")]
    [InlineData("According to Maryam Rajavi’s office, the camp is safe.", "Maryam Rajavi")]
    [InlineData("“Prime Minister Benjamin Netanyahu is pushing for war,” he said.", "Benjamin Netanyahu")]
    [InlineData("French President Emmanuel Macron met the Baroness Nicholson in Paris.", "Emmanuel Macron|Baroness Nicholson")]
    [InlineData("Secretary of State Mike Pompeo spoke to the Secretary of State of Albania.", "Mike Pompeo")]
    public void CapitalisedRunsOfTwoOrMoreWordsAreNames(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), NameCandidates.Find(sentence, []));

    [Theory]
    [InlineData("The camp is in the west of the country.")]
    [InlineData("Tirana, Albania and Paris, France were mentioned.")]            // punctuation ends a name
    [InlineData("On Tuesday police raided the camp.")]                            // a weekday after a sentence start is no name
    [InlineData("The MEK and the NCRI denied it.")]                               // acronyms are the gazetteer's business
    [InlineData("They Really Should Not Write Whole Sentences In Title Case Like This.")]   // longer than a name
    public void SentenceStartsPlacesApartAcronymsAndTitleCaseAreNot(string sentence) =>
        Assert.Empty(NameCandidates.Find(sentence, []));

    [Fact]
    public void ANameTheGazetteerKnowsIsNotACandidate() =>
        Assert.DoesNotContain(NameCandidates.Find("National Security Adviser John Bolton received a payment.", [Bolton]), n => n.Contains("Bolton"));
}
