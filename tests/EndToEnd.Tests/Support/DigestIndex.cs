using System.Text.Json.Nodes;

namespace EndToEnd.Tests.Support;

/// <summary>A digest's complete index (index/*.jsonl), each record without the times a run stamps: two runs over the same inputs compare equal.</summary>
public static class DigestIndex
{
    public static Dictionary<string, List<string>> WithoutTimes(string output) =>
        Directory.GetFiles(Path.Combine(output, "index"), "*.jsonl").ToDictionary(f => Path.GetFileName(f), f => File.ReadLines(f).Select(line =>
        {
            var record = JsonNode.Parse(line)!.AsObject();
            record.Remove("firstSeen");
            return record.ToJsonString();
        }).ToList());

    /// <summary>Asserts two digests' indexes are equal, naming the first file that differs.</summary>
    public static void AssertEqual(string expectedOutput, string actualOutput)
    {
        var expected = WithoutTimes(expectedOutput);
        var actual = WithoutTimes(actualOutput);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (file, records) in expected)
            Assert.True(records.SequenceEqual(actual[file]), $"index/{file} differs");
    }
}
