using YamlDotNet.RepresentationModel;

namespace Processor.Core.Configuration;

/// <summary>One <c>pipeline:</c> entry: which plugin, with which options.</summary>
public sealed record StageConfig(string Use, Location UseLocation, YamlMappingNode? With, Location Location)
{
    public OnError OnError { get; init; } = OnError.Skip;

    /// <summary>Longest time one call of the stage may take; null means the default (<see cref="DefaultTimeout"/>), infinite means none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Without a <c>timeout:</c>, one call may take 10 minutes when it handles one file or document and 2 hours when it
    /// handles the whole corpus: far more than any healthy call needs, and a hung plugin still ends a scheduled run.
    /// </summary>
    public static TimeSpan DefaultTimeout(bool wholeCorpus) => wholeCorpus ? TimeSpan.FromHours(2) : TimeSpan.FromMinutes(10);
}
