namespace Processor.Core.Output;

/// <summary>Another run is writing the same output folder (exit code <see cref="Diagnostics.ExitCodes.Locked"/>).</summary>
public sealed class OutputLockedException(string lockPath)
    : Exception($"another run is writing this output folder (lock {lockPath} is held); this run did nothing")
{
    public string LockPath { get; } = lockPath;
}
