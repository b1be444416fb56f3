using Processor.Abstractions;
using Processor.Plugins.Tagger.Speakers;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>A transcript's turns: the interviewer's (first label, and its initials) are questions; the others are the speaker's words.</summary>
public sealed class InterviewTurnsTests
{
    private static Sentence S(string text) => new("d.1", text, new SourceSpan("s", 0, 1, 1, 1), true);

    [Fact]
    public void TurnsBelongToTheirLabelAndTheInterviewerIsTheFirst()
    {
        var turns = InterviewTurns.Of([
            S("Here is the transcript."),
            S("Balkans Post: The group operates out of a compound in rural Albania."),
            S("How has its presence changed the region?"),
            S("Soraya Sepahpour-Ulrich: Its presence was necessary to its sponsors."),
            S("They use the group to undermine Tehran."),
            S("BP: Critics describe it as a cult."),
        ]);
        Assert.Null(turns[0]);
        Assert.Equal(("Balkans Post", true), turns[1]);
        Assert.Equal(("Balkans Post", true), turns[2]);
        Assert.Equal(("Soraya Sepahpour-Ulrich", false), turns[3]);
        Assert.Equal(("Soraya Sepahpour-Ulrich", false), turns[4]);
        Assert.Equal(("Balkans Post", true), turns[5]);
    }

    [Fact]
    public void AHeadingWordBeforeAColonIsNoTurn() =>
        Assert.All(InterviewTurns.Of([S("Note: the figures are provisional."), S("The river rose overnight.")]), t => Assert.Null(t));

    [Fact]
    public void OneSpeakersLabelledAccountHasNoInterviewer()
    {
        var turns = InterviewTurns.Of([S("Testimony: recorded in Tirana."), S("Hassan Hayrani: My name is Hassan."), S("I was with them for 30 years.")]);
        Assert.Null(turns[0]);
        Assert.Equal(("Hassan Hayrani", false), turns[2]);
    }
}
