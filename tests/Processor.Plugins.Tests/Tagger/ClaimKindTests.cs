using Processor.Plugins.Tagger.Kinds;

namespace Processor.Plugins.Tests.Tagger;

/// <summary>Each sentence says what kind of statement it is: a reader tells a reported fact from someone's words.</summary>
public sealed class ClaimKindTests
{
    [Theory]
    [InlineData("The river burst its banks on Monday night.", false, "fact")]
    [InlineData("Should the state have acted sooner?", false, "question")]
    [InlineData("“Why did nobody warn us?” asked one resident.", true, "question")]
    [InlineData("“Nobody will be left to rebuild alone,” Rama told reporters.", true, "quote")]
    [InlineData("I was with the group for 30 years and left in 2016.", false, "testimony")]
    [InlineData("The government should have evacuated the village days earlier.", false, "opinion")]
    [InlineData("Their claims are nothing but a façade for betrayal.", false, "opinion")]
    [InlineData("“I was there,” he said.", true, "quote")]
    public void TheKindIsRead(string sentence, bool hasSpeaker, string kind) => Assert.Equal(kind, ClaimKinds.Of(sentence, hasSpeaker));

    [Fact]
    public void AFirstPersonAnswerInAnInterviewIsTestimony() =>
        Assert.Equal("testimony", ClaimKinds.Of("I spent five months in jail under them.", hasSpeaker: true, inAnswer: true));
}
