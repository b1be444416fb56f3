namespace EndToEnd.Tests.Support;

/// <summary>
/// Signals this test process was started ignoring. A command started in the background by a shell without job control
/// (<c>(.ci/run &amp;)</c>, <c>nohup … &amp;</c>) ignores SIGINT, and so does every process it starts, the tool included —
/// rightly: a background job does not answer Ctrl-C. A test of SIGINT would then fail as if the tool had hung.
/// </summary>
public static class InheritedSignals
{
    /// <summary>Fails with the reason when SIGINT is ignored by this process (Linux: the SigIgn mask of /proc/self/status).</summary>
    public static void RequireSigIntDelivered()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        if (line is null) return;
        var ignored = Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16);
        Assert.True((ignored & (1UL << (2 - 1))) == 0,
            "SIGINT is ignored by the test run itself (it was started as a background job, e.g. '(.ci/run &)'); every process it starts " +
            "ignores SIGINT too, so this test cannot deliver one. Run the tests in the foreground.");
    }
}
