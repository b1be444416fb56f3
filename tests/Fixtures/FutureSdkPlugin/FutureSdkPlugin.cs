using Processor.Abstractions;

namespace FutureSdkPlugin;

/// <summary>A plugin built against SDK 2.0: a 1.x host must refuse it before running any of its code.</summary>
public sealed class FutureSdkPlugin : IProcessorPlugin
{
    public string Id => "future";
}
