using YamlDotNet.RepresentationModel;

namespace Processor.Core.Configuration;

/// <summary>One <c>pipeline:</c> entry: which plugin, with which options.</summary>
public sealed record StageConfig(string Use, Location UseLocation, YamlMappingNode? With, Location Location)
{
    public OnError OnError { get; init; } = OnError.Skip;

    /// <summary>Longest time the stage may take in all; null means no limit.</summary>
    public TimeSpan? Timeout { get; init; }
}
