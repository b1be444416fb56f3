using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

public sealed class BoilerplateIsRemovedWithAReasonTests
{
    private static SourceResult Split(string text) =>
        ((ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext()))
            .Process(TestSource.From(text), new FakeStageContext("splitter"));

    [Fact]
    public void NavigationShareAndCommentLinesNeverBecomeSentences()
    {
        const string text = """
            Home » News » Albania
            Site Name
              • Home
              • Articles
            A headline about the camp

            The camp in Albania houses around 2,400 members of the group. Most of them are elderly.
            FacebookTwitterPinterestWhatsappEmail
            12 comments
            Back To Top
            © 2003 - 2024 Some Society. All Rights Reserved.
            """;
        var result = Split(text);
        var sentences = result.Documents.SelectMany(d => d.Sentences).Select(s => s.Text).ToList();
        Assert.Contains("The camp in Albania houses around 2,400 members of the group.", sentences);
        foreach (var bad in new[] { "Home", "Articles", "Facebook", "comments", "Back To Top", "©" })
            Assert.DoesNotContain(sentences, s => s.Contains(bad));
        var reasons = result.Removed.Select(r => r.Reason).ToHashSet();
        Assert.Superset(new HashSet<string> { "breadcrumb", "navigation", "share-line", "comment-count", "footer" }, reasons);
    }

    [Fact]
    public void ALineRepeatedAcrossTheFileIsTemplateText()
    {
        var text = string.Join('\n', Enumerable.Range(0, 3).Select(i =>
            $"Category Label Here\nHeadline number {i} for the post\n\nThe body of post {i} says something checkable about the world."));
        var result = Split(text);
        Assert.Contains(result.Removed, r => r.Reason == "repeated-line");
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Sentences), s => s.Text == "Category Label Here");
    }

    [Fact]
    public void QuestionsHeadingsAndFragmentsAreSentencesButNotClaims()
    {
        var result = Split("A Headline Without A Period\n\nIs this a claim? No. The MEK moved its members to Albania in 2016.");
        var sentences = result.Documents.Single().Sentences;
        Assert.False(sentences.Single(s => s.Text == "A Headline Without A Period").IsClaim);
        Assert.False(sentences.Single(s => s.Text == "Is this a claim?").IsClaim);
        Assert.False(sentences.Single(s => s.Text == "No.").IsClaim);
        Assert.True(sentences.Single(s => s.Text.StartsWith("The MEK")).IsClaim);
    }
}
