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

    [Fact]
    public void TooLittleTextGivesNoGuess() => Assert.Null(LanguageGuesser.Guess(["Albania 2023"]));
}
