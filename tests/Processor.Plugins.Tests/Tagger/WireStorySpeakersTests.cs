using Processor.Abstractions;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>
/// Speakers in wire stories: the dateline is no speaker ("NEW YORK, March 12 - X said"), a note is no interview
/// ("NOTE: …"), an organisation keeps its whole name ("Standard and Poor's Corp", "Moody's Investors Service Inc",
/// "Bank of Ireland", "General Motors Corp" — "General" is no title there) and a legal form alone is no one ("Gulf
/// dredging Inc said"), a title is no part of a name ("Chancellor of the Exchequer Nigel Lawson"), and those who polled
/// others or work somewhere are not the ones speaking ("analysts polled by Reuters said", "a dealer with a U.S. Bank said").
/// </summary>
public sealed class WireStorySpeakersTests
{
    private static readonly Lazy<Dictionary<string, string?>> SpeakerOf = new(() =>
    {
        var (_, documents) = Chain.SplitAndTag(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "newswire", "wire-stories.txt")), "wire-stories.txt");
        return documents.SelectMany(d => d.Sentences)
            .ToDictionary(s => s.Text, s => s.Tags.FirstOrDefault(t => t.Kind == TagKinds.Speaker)?.Value);
    });

    private static string? Of(string opening) => SpeakerOf.Value.Single(s => s.Key.StartsWith(opening, StringComparison.Ordinal)).Value;

    [Theory]
    [InlineData("NEW YORK, March 12 - Harbour Lines Corp is raising", null)]
    [InlineData("DENVER, Colo., April 7 - Kestrel Mining Inc said", "Kestrel Mining Inc")]
    [InlineData("WASHINGTON, June 3 - The U.S. Department of Ports said", "Department of Ports")]
    [InlineData("Standard and Poor's Corp said", "Standard and Poor's Corp")]
    [InlineData("Moody's Investors Service Inc said", "Moody's Investors Service Inc")]
    [InlineData("Bank of Ireland said", "Bank of Ireland")]
    [InlineData("Chancellor of the Exchequer Nigel Lawson told", "Nigel Lawson")]
    [InlineData("The deal is expected to close", null)]
    [InlineData("NOTE: Harbour Lines was formerly", null)]
    [InlineData("Terms of the financing were not disclosed.", null)]
    [InlineData("Gulf dredging Inc said", null)]
    [InlineData("General Motors Corp said", "General Motors Corp")]
    [InlineData("Chrysler Corp's Chrysler Motors Corp said", "Chrysler Motors Corp")]
    [InlineData("Jenkins said trading", "Michael Jenkins")]
    [InlineData("President Reagan said", "Reagan")]
    [InlineData("\"The market is nervous about the plan,\" one senior dealer", null)]
    public void TheSpeakerIsWhoSpeaks(string sentence, string? speaker) => Assert.Equal(speaker, Of(sentence));
}
