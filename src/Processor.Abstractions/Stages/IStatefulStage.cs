namespace Processor.Abstractions;

/// <summary>
/// Optional, for any stage that remembers something from one run to the next (what it has seen, for example).
/// The host keeps it in the run's state store — nothing is kept with <c>state: none</c> or after
/// <c>--reset-state</c> — and saves it in the same transaction as the rest of a successful run, so a failed or
/// killed run never leaves half of it behind. Keep it compact: it is read and written whole on every run.
/// </summary>
/// <remarks>
/// A corpus stage that recognises a claim from an earlier run says so by setting <see cref="Claim.FirstSeen"/>;
/// the host then does not mark the claim as new.
/// </remarks>
public interface IStatefulStage
{
    /// <summary>What <see cref="Save"/> returned at the end of the last successful run; called before the stage's first call of a run, only when something was saved.</summary>
    void Restore(byte[] saved);

    /// <summary>What to keep for the next run (null keeps nothing); called once the run's outputs are written.</summary>
    /// <param name="runStarted">When this run started: the time its new findings were first seen.</param>
    byte[]? Save(DateTimeOffset runStarted);
}
