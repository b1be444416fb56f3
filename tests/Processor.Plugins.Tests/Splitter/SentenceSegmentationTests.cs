using Processor.Plugins.Splitter.Sentences;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>Golden-rule cases from TestData/sentences.txt (abbreviations, initials, money, quotes, ellipses).</summary>
public sealed class SentenceSegmentationTests
{
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        string? input = null;
        var expected = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "sentences.txt")).Append(""))
        {
            if (line.StartsWith('#')) continue;
            if (line.StartsWith("> ")) { expected.Add(line[2..]); continue; }
            if (line.Length == 0)
            {
                if (input is not null) data.Add(input, [.. expected]);
                (input, expected) = (null, []);
                continue;
            }
            input = line;
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitsLikeTheGoldenRules(string input, string[] expected)
    {
        var actual = SentenceSegmenter.Split(input).Select(r => input[r.Start..r.End]).ToArray();
        Assert.Equal(expected, actual);
    }
}
