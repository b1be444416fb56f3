namespace Processor.Samples.WatchList;

/// <summary>The YAML shape of a watch list: <c>watch: [ {name, severity, entities, keywords} ]</c>.</summary>
public sealed class WatchListFile
{
    public List<WatchEntry> Watch { get; set; } = [];
}
