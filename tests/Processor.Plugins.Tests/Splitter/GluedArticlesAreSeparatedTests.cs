using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>Articles glued together without a separator: an acronym defined again marks where the next one starts.</summary>
public sealed class GluedArticlesAreSeparatedTests
{
    private static SourceResult Split(string text, BoundaryMode mode = BoundaryMode.Auto) =>
        ((ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions { Boundaries = mode }, new FakePluginContext()))
            .Process(TestSource.From(text), new FakeStageContext());

    private const string Glued = """
        The Mujahedin Khalq Organization (MKO) held a rally in Paris on Saturday with many guests.
        The MKO said thousands attended, but the police counted far fewer people in the hall.
        Several speakers praised the MKO leadership and called for sanctions on the government.
        Critics of the MKO said the crowd had been paid to attend the event by the organisers.
        The co-founder of an anti-war group criticised the Mujahedin Khalq Organization (MKO, also known as the MEK) in Washington.
        She said members of Congress should stop supporting the group and its lobbyists.
        """;

    [Fact]
    public void ARedefinedAcronymStartsANewArticle()
    {
        var documents = Split(Glued).Documents;
        Assert.Equal(2, documents.Length);
        Assert.StartsWith("line 5 introduces 'MKO' again", documents[1].BoundaryReason);
    }

    [Fact]
    public void AFirstDefinitionMidArticleDoesNotSplit()
    {
        var text = Glued.Replace("(MKO, also known as the MEK)", "(MKO)").Replace("The Mujahedin Khalq Organization (MKO) held", "The group held")
            .Replace("The MKO said", "It said").Replace("the MKO leadership", "its leadership").Replace("Critics of the MKO", "Critics");
        Assert.Single(Split(text).Documents);
    }

    [Fact]
    public void MarkersModeIgnoresIt() => Assert.Single(Split(Glued, BoundaryMode.Markers).Documents);
}
