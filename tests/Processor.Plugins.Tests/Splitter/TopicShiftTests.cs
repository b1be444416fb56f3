using Processor.Plugins.Splitter.Articles;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>The lexical-cohesion score that finds glued articles without any marker between them.</summary>
public sealed class TopicShiftTests
{
    private static readonly string[] Albania =
    [
        "Albanian police raided the camp near Durres and seized computers belonging to residents.",
        "Residents of the camp protested against the police operation outside the Durres compound.",
        "Officers from Tirana said the computers held records of residents and their families.",
        "The camp near Durres has housed residents since they were moved from Iraq by American officials.",
        "Lawyers for the residents said the police raid on the camp broke Albanian law.",
        "Tirana prosecutors defended the raid and said computers from the camp would be examined.",
        "Families of residents gathered near the Durres camp gates for news of relatives.",
        "Albanian officials promised that the camp residents would be treated within the law.",
    ];

    private static readonly string[] Football =
    [
        "The striker scored twice in the second half as the visitors won the championship match.",
        "Supporters filled the stadium long before kickoff, singing songs about their striker.",
        "The goalkeeper saved a penalty early in the match, keeping the championship hopes alive.",
        "Coaches praised the midfield, which controlled possession through most of the match.",
        "The stadium erupted when the striker completed the comeback with a header.",
        "Supporters of the visitors celebrated the championship outside the stadium until midnight.",
        "The goalkeeper was named player of the match after three saves in stoppage time.",
        "Coaches said the championship title belonged to the supporters as much as the players.",
    ];

    [Fact]
    public void TwoArticlesOnDifferentTopicsAreSplitWhereTheSecondBegins()
    {
        var shifts = new TopicShiftDetector(sensitivity: 0.5).Find([.. Albania, .. Football]);
        var (index, depth) = Assert.Single(shifts);
        Assert.Equal(Albania.Length, index);
        Assert.True(depth >= 0.85, $"depth {depth}");
    }

    [Fact]
    public void OneTopicIsNotSplit() =>
        Assert.Empty(new TopicShiftDetector(sensitivity: 0.5).Find([.. Albania, .. Albania.Reverse()]));

    [Fact]
    public void FewParagraphsAreNeverSplit() =>
        Assert.Empty(new TopicShiftDetector(sensitivity: 1).Find([.. Albania[..3], .. Football[..3]]));
}
