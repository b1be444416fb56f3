using Processor.Plugins.Tagger.Documents;

namespace Processor.Plugins.Tests.Tagger;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("en", "The group has been in the west of the country since it moved out of Iraq in 2003, and this was new.")]
    [InlineData("fr", "Le groupe est installé dans le pays depuis des années et il ne veut pas partir avec les autres.")]
    [InlineData("de", "Die Gruppe ist seit Jahren in dem Land und sie will nicht mit den anderen auf die Straße gehen.")]
    [InlineData("sq", "Grupi është në vend që nga viti 2013 dhe nuk ka ndërmend të largohet me të tjerët për një kohë.")]
    [InlineData("fa", "سازمان مجاهدین خلق در آلبانی مستقر است و گروه کوچک‌تر شده است.")]
    public void TheLanguageIsGuessedFromFunctionWordsOrScript(string language, string text) =>
        Assert.Equal(language, LanguageGuesser.Guess([text, text]));

    /// <summary>
    /// A clear lead in the first words decides: a wire story that opens in English and goes on with a long table of
    /// prices (no function words at all) is English, not unsure.
    /// </summary>
    [Fact]
    public void AClearLeadInTheOpeningWordsDecides()
    {
        string[] story =
        [
            "Grain prices moved in quiet trade today, the exchange said, and dealers expected the same pattern for the rest of the week.",
            "Wheat was firm, corn was steady and oats were weaker, with rice unchanged from the previous close, the board said.",
            "Quoted prices per bushel follow below, cents per bushel unless noted, figures supplied by floor brokers after settlement today.",
            .. Enumerable.Repeat("WHEAT 3.45 3.47 3.41 CORN 2.10 2.12 2.08 OATS 1.71 1.73 1.70 SOY 5.02 5.05 4.99 RICE 7.10 7.15 7.01 RYE 2.22 2.25 2.20", 20),
        ];
        Assert.Equal("en", LanguageGuesser.Guess(story));
    }

    [Fact]
    public void TooLittleTextGivesNoGuess() => Assert.Null(LanguageGuesser.Guess(["Albania 2023"]));
}
