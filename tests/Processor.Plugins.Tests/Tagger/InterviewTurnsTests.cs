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

    /// <summary>
    /// Capitals label a turn only as another label's initials or when they recur beside other labels: a wire story's
    /// lone "NOTE:" or "EDT:" line is no interview, and neither is a note label used twice ("NOTE:", "Note:").
    /// </summary>
    [Fact]
    public void LoneCapitalsAndNoteLabelsAreNoTurns()
    {
        Assert.All(InterviewTurns.Of([S("EDT: Prices were quoted at the close."), S("Output rose 4.4 pct in the week.")]), t => Assert.Null(t));
        Assert.All(InterviewTurns.Of([S("NOTE: Share adjusted for a split."), S("Net rose 12 pct."), S("NOTE: Full name Hospital Staffing Services Inc.")]), t => Assert.Null(t));
    }

    [Fact]
    public void AHeadingWordBeforeAColonIsNoTurn() =>
        Assert.All(InterviewTurns.Of([S("Note: the figures are provisional."), S("The river rose overnight.")]), t => Assert.Null(t));

    /// <summary>A headline with a colon is no interviewer's label: the article below it is statements, not questions.</summary>
    [Fact]
    public void AHeadlineWithAColonIsNoTurn()
    {
        var turns = InterviewTurns.Of([
            S("Camp Testimonies: How a town was won over"),
            S("This week the camp was discussed on a television show."),
            S("Built a few years ago, it holds thousands of members."),
            S("Erik Lindqvist: Good evening to all viewers!"),
            S("I grew up in a family that opposed the camp."),
        ]);
        Assert.All(turns, t => Assert.False(t is { Interviewer: true }));
        Assert.Null(turns[1]);
        Assert.Null(turns[2]);
    }

    /// <summary>Labels that each open one turn are a series of accounts: no interviewer, each turn its speaker's.</summary>
    [Fact]
    public void LabelsUsedOnceEachAreAccountsWithoutAnInterviewer()
    {
        var turns = InterviewTurns.Of([
            S("Erik Lindqvist: Good evening to all viewers!"),
            S("I grew up in a family that opposed the camp."),
            S("Anna Berg: I left the camp two years ago."),
            S("My brother is still there."),
        ]);
        Assert.Equal(("Erik Lindqvist", false), turns[1]);
        Assert.Equal(("Anna Berg", false), turns[3]);
    }

    [Fact]
    public void OneSpeakersLabelledAccountHasNoInterviewer()
    {
        var turns = InterviewTurns.Of([S("Testimony: recorded in Tirana."), S("Hassan Hayrani: My name is Hassan."), S("I was with them for 30 years.")]);
        Assert.Null(turns[0]);
        Assert.Equal(("Hassan Hayrani", false), turns[2]);
    }
}
