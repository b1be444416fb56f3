namespace Processor.Core.Configuration;

/// <summary>One <c>inputs:</c> entry: a glob relative to the pipeline file's folder.</summary>
public sealed record InputConfig(string Pattern, Location Location);
