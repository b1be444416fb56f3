using Processor.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Processor.Samples.WatchList;

/// <summary>
/// <c>watchlist</c>: tags sentences that mention watched entities or keywords with <c>watchlist.alert</c>,
/// and ships the partial that turns those tags into an "Alerts" section of the digest.
/// </summary>
public sealed class WatchListPlugin : ProcessorPlugin<WatchListOptions>
{
    private static readonly string[] Severities = ["low", "medium", "high"];

    public override string Id => "watchlist";

    public override string Description => "Alerts on claims that mention watched entities or keywords (sample team plugin)";

    protected override IStage CreateStage(WatchListOptions options, IPluginContext context)
    {
        var path = context.ResolvePath(options.List);
        if (!File.Exists(path)) throw new PluginOptionsException("list", $"file not found: {path}");
        WatchListFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<WatchListFile>(File.ReadAllText(path)) ?? new WatchListFile();
        }
        catch (YamlException e)
        {
            throw new PluginOptionsException("list", $"{path}({e.Start.Line},{e.Start.Column}): {e.InnerException?.Message ?? e.Message}");
        }
        foreach (var entry in file.Watch)
        {
            if (string.IsNullOrWhiteSpace(entry.Name)) throw new PluginOptionsException("list", $"{path}: every entry needs a 'name'");
            if (!Severities.Contains(entry.Severity))
                throw new PluginOptionsException("list", $"{path}: severity of '{entry.Name}' must be one of {string.Join(", ", Severities)}");
        }
        return new WatchListStage(file.Watch);
    }
}
