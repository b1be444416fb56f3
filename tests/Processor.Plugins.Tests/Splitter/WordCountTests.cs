using System.Text;
using CsCheck;
using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>Line word counts (which decide the shape checks) equal a plain count of space- or tab-separated runs.</summary>
public sealed class WordCountTests
{
    [Fact]
    public void WordsAreRunsBetweenSpacesAndTabs() =>
        Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\t"), Gen.Const("word"), Gen.Const("é"), Gen.Const("\r"), Gen.Const("x"))
            .Array[0, 40].Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))
            .Sample(bytes =>
            {
                var expected = Encoding.UTF8.GetString(bytes).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
                Assert.Equal(expected, Line.CountWords(bytes));
            });
}
