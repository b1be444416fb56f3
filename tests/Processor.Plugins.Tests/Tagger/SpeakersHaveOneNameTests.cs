using Processor.Abstractions;
using Processor.Plugins.Tagger.Speakers;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>
/// A speaker is a person or an organisation with one name in a document: the owner of an appositive or of "X of the Y",
/// the full name for a surname, never a word that is only capitalised because it starts a sentence.
/// </summary>
public sealed class SpeakersHaveOneNameTests
{
    private static readonly string[] Article =
    [
        "Gregg Carlstrom of the Economist wrote on his account that the rally was small.",
        "“If they held an event on the South Pole, he would go,” Ambassador Daniel Benjamin, former coordinator for counterterrorism at the State Department, told Newsweek.",
        "Benjamin said the travel ban had hurt ordinary people.",
        "The decision was taken in 2012, the State Department said in a statement.",
        "Another said the group was excited about the protests.",
        "Commentary says those who pay the group have no clue who they are paying.",
        "Such claims could hardly be credible, as the victor had won by a wide margin.",
        "EP Vice-President and Chair of the High-level group on Gender Equality Dimitrios Papadimoulis added that women were still under-represented.",
        "According to Norwegian media, the embassy pays all expenses.",
    ];

    private static string?[] Speakers()
    {
        var sentences = Article.Select((t, i) => new Sentence($"d.{i}", t, new SourceSpan("s", 0, 1, 1, 1), true)).ToList();
        var names = SpeakerNames.Of(sentences, sentences.Select(_ => (IReadOnlyList<Tag>)[]).ToList());
        var extractor = new SpeakerExtractor();
        string? last = null;
        return [.. Article.Select(t => extractor.Extract(t, ref last, names)?.Value)];
    }

    [Theory]
    [InlineData(0, "Gregg Carlstrom")]
    [InlineData(1, "Daniel Benjamin")]
    [InlineData(2, "Daniel Benjamin")]
    [InlineData(3, "State Department")]
    [InlineData(7, "Dimitrios Papadimoulis")]
    public void TheSpeakerIsThePersonOrOrganisationThatSpeaks(int sentence, string speaker) => Assert.Equal(speaker, Speakers()[sentence]);

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(8)]
    public void ACommonWordThatStartsASentenceIsNoSpeaker(int sentence) => Assert.Null(Speakers()[sentence]);
}
