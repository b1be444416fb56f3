namespace Processor.Samples.WatchList;

/// <summary>One watched item: alerts when a sentence mentions one of its entities (tagger ids) or keywords.</summary>
public sealed class WatchEntry
{
    public string Name { get; set; } = "";

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string Severity { get; set; } = "medium";

    public List<string> Entities { get; set; } = [];

    public List<string> Keywords { get; set; } = [];
}
