namespace Processor.Abstractions.Tests;

/// <summary><see cref="DateExpressions.MonthOf"/>: the one month table plugins use to tell a date from a number.</summary>
public sealed class MonthNamesAreReadTests
{
    [Theory]
    [InlineData("March", 3)]
    [InlineData("MARCH", 3)]
    [InlineData("mar.", 3)]
    [InlineData("Sept", 9)]
    [InlineData("März", 3)]
    [InlineData("octobre", 10)]
    [InlineData("Deadline", 0)]
    [InlineData("", 0)]
    public void AMonthsNameOrAbbreviationGivesItsNumber(string name, int month) => Assert.Equal(month, DateExpressions.MonthOf(name));
}
