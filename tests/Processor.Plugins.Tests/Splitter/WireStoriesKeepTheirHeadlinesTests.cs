using Processor.Abstractions;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Wire stories glued into one file: each opens with its headline in capitals — whatever it holds (a decimal
/// "9.35 PCT", tickers in angle brackets, "U.S. … DEPT.") and whether or not a blank line parts it from the dateline —
/// and the headline is the story's title, never the last line of the story before.
/// </summary>
public sealed class WireStoriesKeepTheirHeadlinesTests
{
    private static SourceResult Split() => Chain.SplitTestFile("newswire", "wire-stories.txt");

    [Fact]
    public void EachStoryIsADocumentTitledByItsHeadline()
    {
        var documents = Split().Documents;
        Assert.Equal(
            ["HARBOUR LINES SENIOR NOTES YIELD 9.35 PCT", "<KESTREL MINING> TO BUY VALLEY <VLY> SMELTER", "U.S. PORT DEPT. BACKS DREDGING PLAN FOR GULF"],
            documents.Select(d => d.Title));
        // Each story ends with its own last sentence, not with the next story's headline.
        Assert.EndsWith("Harbour Freight Lines.", documents[0].Sentences[^1].Text);
        Assert.EndsWith("were not disclosed.", documents[1].Sentences[^1].Text);
    }

    /// <summary>A headline in capitals that ends with an abbreviation's point ("… IN U.S.") is still a headline, not a sentence.</summary>
    [Fact]
    public void AHeadlineEndingInAnAbbreviationIsAHeadline()
    {
        var documents = Chain.SplitTestFile("newswire", "wire-headline-abbreviation.txt").Documents;
        Assert.Equal(["FUJI MACHINES MAY ASSEMBLE ITS OWN COMPUTERS IN U.S.", "KESTREL MINING RAISES OUTPUT TARGET"], documents.Select(d => d.Title));
    }

    [Fact]
    public void AHeadlineWithADecimalIsOneLineNotTwoSentences()
    {
        var sentences = Processor.Plugins.Splitter.Sentences.SentenceSegmenter.Split("HARBOUR LINES SENIOR NOTES YIELD 9.35 PCT");
        Assert.Single(sentences);
    }
}
