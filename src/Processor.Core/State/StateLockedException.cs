namespace Processor.Core.State;

/// <summary>Another run holds the state's lock (exit code <see cref="Diagnostics.ExitCodes.Locked"/>).</summary>
public sealed class StateLockedException(string lockPath)
    : Exception($"another run is using this state (lock {lockPath} is held); this run did nothing")
{
    public string LockPath { get; } = lockPath;
}
