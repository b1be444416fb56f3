namespace Processor.Abstractions;

/// <summary>The SDK's own version. The host refuses plugins built against another major version.</summary>
public static class ProcessorSdk
{
    /// <summary>Version of this SDK assembly (major.minor.patch).</summary>
    public static Version Version { get; } = typeof(ProcessorSdk).Assembly.GetName().Version ?? new Version(0, 0, 0);
}
