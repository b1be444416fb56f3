using Processor.Abstractions;

namespace Sdk1Plugin;

/// <summary>A plugin built against SDK 1.4: a 2.x host must refuse it before running any of its code, and say how to move it.</summary>
public sealed class Sdk1Plugin : IProcessorPlugin
{
    public string Id => "sdk1";
}
