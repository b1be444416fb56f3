namespace Processor.Core.Output;

/// <summary>
/// The named moments of putting a digest in place (docs/publication.md). For crash tests only: with the environment
/// variable <c>PROCESSOR_PAUSE_AT</c> set to a step's name, a run prints <c>paused at STEP</c> on standard error
/// when it gets there and waits to be killed, so a test can kill it at exactly that moment.
/// </summary>
public static class PublicationStep
{
    public const string Staged = "staged";         // outputs written to the staging folder, nothing committed
    public const string Committed = "committed";   // the state committed the run; the switch has not happened
    public const string Switched = "switched";     // the new digest is in place; the previous one not yet deleted
    public const string Latest = "latest";         // a dated digest's latest/ refreshed; the feed not yet written

    private static readonly string? PauseAt = Environment.GetEnvironmentVariable("PROCESSOR_PAUSE_AT");

    public static void Reach(string step)
    {
        if (PauseAt != step) return;
        Console.Error.WriteLine($"paused at {step}");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
