using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// What a page says about itself is no claim about the world: calls for comment, captions, the author's biography,
/// interview questions. A footnote mark or a "++" bullet opening a sentence is no part of it: the sentence (and its
/// span) starts after the mark. TestData/page-self-references.txt.
/// </summary>
public sealed class PageSelfReferencesAreNotClaimsTests
{
    private static readonly Lazy<List<(string Text, bool IsClaim)>> Sentences = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "page-self-references.txt"));
        var (_, documents) = Chain.SplitAndTag(text);
        return [.. documents.SelectMany(d => d.Sentences).Select(s => (s.Text, s.IsClaim))];
    });

    private static bool IsClaim(string start) => Sentences.Value.Single(s => s.Text.StartsWith(start, StringComparison.Ordinal)).IsClaim;

    [Theory]
    [InlineData("The ministry did not respond to a request for comment")]
    [InlineData("MEE contacted the camp's managers for comment")]
    [InlineData("She is an independent researcher and writer")]
    public void ASentenceAboutThePageIsNoClaim(string start) => Assert.False(IsClaim(start));

    [Fact]
    public void ACaptionAndAnInterviewQuestionAreNoClaims() =>
        Assert.DoesNotContain(Sentences.Value, s => s.IsClaim && (s.Text.StartsWith("Photo", StringComparison.Ordinal) || s.Text.StartsWith("Q:", StringComparison.Ordinal)));

    /// <summary>A caption is known by its credit at the end as well: a closing "(Photo: …)" or an agency's name.</summary>
    [Theory]
    [InlineData("Volunteers carry sandbags past the flooded market hall")]
    [InlineData("Rescue boats wait at the edge of the old town")]
    public void ASentenceEndingInAPictureCreditIsNoClaim(string start) => Assert.False(IsClaim(start));

    [Theory]
    [InlineData("Former residents said the warnings came only after the water had risen.")]
    [InlineData("The regional council approved emergency funds for the camp on Tuesday.")]
    public void AFootnoteMarkOrBulletIsNoPartOfTheSentence(string sentence)
    {
        Assert.Contains((sentence, true), Sentences.Value);
        Assert.DoesNotContain(Sentences.Value, s => s.Text.StartsWith("[4]", StringComparison.Ordinal) || s.Text.StartsWith("++", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinaryStatementsStayClaims()
    {
        Assert.True(IsClaim("The camp near the port now holds around 2,400 people"));
        Assert.True(IsClaim("Residents said the sirens never sounded."));
    }
}
