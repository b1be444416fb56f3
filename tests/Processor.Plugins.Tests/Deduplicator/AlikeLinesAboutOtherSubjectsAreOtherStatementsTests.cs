using Processor.Plugins.Deduplicator.Linking;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Alike sentences whose figures differ conflict only when they can be one statement of one event. One template about
/// other subjects (each names someone or something the other does not, not counting who says it) or other times is
/// other statements; two reports of one event may name different speakers, open with different words or add a source.
/// Cases: TestData/statement-scope-pairs.tsv.
/// </summary>
public sealed class AlikeLinesAboutOtherSubjectsAreOtherStatementsTests
{
    public static TheoryData<string, string, string, string, string> Pairs()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "statement-scope-pairs.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void AlikeSentencesAreOtherStatementsOnlyAboutOtherSubjectsOrTimes(string expected, string first, string second, string speakers, string why)
    {
        var speakerWords = speakers.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Assert.True(StatementScope.Differs(first, second, speakerWords) == (expected == "other"), $"{expected}: {why}");
        Assert.True(StatementScope.Differs(second, first, speakerWords) == (expected == "other"), $"{expected} (swapped): {why}");
    }
}
