namespace Processor.Abstractions.Tests;

/// <summary><see cref="Datelines.Length"/> on wire, agency and web datelines, and on openings that only look like one (TestData/datelines.tsv).</summary>
public sealed class DatelinesAreRecognisedTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "datelines.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            cases.Add(parts[0], parts[1]);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDatelineIsWhatOpensTheStory(string text, string dateline) => Assert.Equal(dateline, text[..Datelines.Length(text)]);

    [Theory]
    [InlineData("NEW YORK, March 12 - Harbour Lines Corp said it would sell bonds.", 3, 12)]
    [InlineData("NEW YORK, MARCH 3 - Crude oil prices rallied today.", 3, 3)]
    [InlineData("LONDON, 3 June 1987 — Sterling closed higher against the dollar.", 6, 3)]
    [InlineData("New York, Oct 20 - Texaco Inc said it raised the contract price.", 10, 20)]
    public void ADatelineGivesItsMonthAndDay(string text, int month, int day) => Assert.Equal((month, day), Datelines.Date(text));

    [Theory]
    [InlineData("TEHRAN – Iran said on Monday it would resume talks.")]
    [InlineData("The talks resume on March 12 in Geneva.")]
    public void NoDatelineOrNoDateGivesNoDate(string text) => Assert.Null(Datelines.Date(text));
}
