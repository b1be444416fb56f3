using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Facts;

/// <summary>
/// A line that names no one ("Net profit 12.4 mln dlrs vs 9.8 mln.") is about its article's subject. Two desks
/// (TestData/subjectless-lines, invented companies, grouped into one story): the same company's result in both
/// disagrees (12.4 / 14.6 mln); the same line about another company (18.1 mln), whose article names no one the other
/// articles name, is no part of that conflict.
/// </summary>
public sealed class LinesThatNameNoOneConflictOnlyAboutOneSubjectTests
{
    [Fact]
    public void OneCompanysResultDisagreesAndAnotherCompanysIsLeftOut()
    {
        using var copy = new CorpusCopy("subjectless-lines");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(copy.Output);
        var conflicts = json.RootElement.GetProperty("conflicts").EnumerateArray()
            .Select(c => c.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("text").GetString()!).Order(StringComparer.Ordinal).ToList())
            .ToList();
        var conflict = Assert.Single(conflicts);
        Assert.Equal(["12.4 mln", "14.6 mln"], conflict);
    }
}
