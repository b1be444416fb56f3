
namespace Processor.Abstractions.Tests;

/// <summary>The numbers a text states, as the deduplicator compares them.</summary>
public sealed class NumberExpressionsTests
{
    [Theory]
    [InlineData("some 12,000 Iranians", new[] { 12000.0 })]
    [InlineData("$2.5 billion in gold", new[] { 2.5e9 })]
    [InlineData("a $40k fee and a 3.5bn budget", new[] { 40000.0, 3.5e9 })]
    [InlineData("during the war (1980-1988)", new[] { 1980.0, 1988.0 })]
    [InlineData("two or three inches of rain", new[] { 2.0, 3.0 })]
    [InlineData("the 1,5 and 12,34 are no thousands", new[] { 1.0, 5.0, 12.0, 34.0 })]
    [InlineData("often, one of the others", new double[0])]
    [InlineData("thousands of people", new double[0])]
    [InlineData("37% of the vote", new[] { 37.0 })]
    public void ValuesAreReadAsWritten(string text, double[] values) => Assert.Equal(values, NumberExpressions.Values(text));

    [Fact]
    public void OneValueWrittenTwoWaysIsTheSameNumber() =>
        Assert.True(NumberExpressions.SameNumbers("a $2.5 billion deal", "a 2,500 million dollar deal"));

    [Fact]
    public void AWordNumberAndItsDigitsAreTheSame() =>
        Assert.True(NumberExpressions.SameNumbers("Two people were killed.", "The collapse killed 2 people."));

    [Fact]
    public void EveryNumberSaysWhereItIsWritten()
    {
        const string text = "About 850 residents and 2.5 million dollars";
        Assert.Equal(["850", "2.5 million"], NumberExpressions.FindAll(text).Select(n => text.Substring(n.Index, n.Length)));
    }
}
