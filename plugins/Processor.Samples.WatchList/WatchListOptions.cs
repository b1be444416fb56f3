namespace Processor.Samples.WatchList;

/// <summary>Options of the <c>watchlist</c> stage.</summary>
public sealed class WatchListOptions
{
    /// <summary>YAML file of watched entities and keywords (relative to the pipeline file).</summary>
    public string List { get; set; } = "watchlist.yaml";
}
