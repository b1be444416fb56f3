using Processor.Plugins.Tagger.Speakers;

namespace Processor.Plugins.Tests.Tagger;

public sealed class SpeakerAttributionTests
{
    private static string? SpeakerOf(string sentence, string? previous = null)
    {
        var last = previous;
        return new SpeakerExtractor().Extract(sentence, ref last)?.Value;
    }

    [Theory]
    [InlineData("“We must continue to support the Iranian people,” Pompeo said.", "Pompeo")]
    [InlineData("Rudy Giuliani: “If you think this is a cult, then there’s something wrong with you”", "Rudy Giuliani")]
    [InlineData("Heyrany told the BBC that he left in 2018.", "Heyrany")]
    public void TheSpeakerIsFound(string sentence, string speaker) => Assert.Equal(speaker, SpeakerOf(sentence));

    [Fact]
    public void APronounRefersToTheLastNamedSpeaker() =>
        Assert.Equal("Rudy Giuliani", SpeakerOf("“These are people who are dedicated to freedom,” he said.", "Rudy Giuliani"));

    [Theory]
    [InlineData("The group said nothing about the raid.")]
    [InlineData("According to him, MEK is a mafia cult.")]
    [InlineData("According to Norwegian media, the Saudi Embassy pays all expenses.")]
    [InlineData("Last year proved that the MEK’s claims of fighting for freedom are a façade.")]
    public void OrdinarySubjectsAreNotSpeakers(string sentence) => Assert.Null(SpeakerOf(sentence));
}
