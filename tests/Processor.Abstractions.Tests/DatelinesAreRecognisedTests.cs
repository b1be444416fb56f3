namespace Processor.Abstractions.Tests;

/// <summary><see cref="Datelines.Length"/> on wire, agency and web datelines, and on openings that only look like one (TestData/datelines.tsv).</summary>
public sealed class DatelinesAreRecognisedTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "datelines.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            cases.Add(parts[0], parts[1]);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheDatelineIsWhatOpensTheStory(string text, string dateline) => Assert.Equal(dateline, text[..Datelines.Length(text)]);
}
