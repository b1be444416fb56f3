using Processor.Core.Diagnostics;
using Processor.Core.State;

namespace Processor.Cli.Commands;

/// <summary>
/// Turns every outcome of a command into a documented exit code and a readable message; users never
/// see a stack trace unless they set PROCESSOR_TRACE=1.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(IRunLog log, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UserErrorException e)
        {
            foreach (var d in e.Diagnostics) log.Report(d);
            var errors = e.Diagnostics.Count(d => d.Severity == Severity.Error);
            log.Report(new Diagnostic(Severity.Error, "", 0, 0, $"{errors} error(s); nothing was written"));
            return ExitCodes.UserError;
        }
        catch (StageFailedException e)
        {
            log.Report(e.Diagnostic);
            // The plugin's own stack trace, for whoever fixes the plugin.
            if (Environment.GetEnvironmentVariable("PROCESSOR_TRACE") == "1" && e.InnerException is { } inner) Console.Error.WriteLine(inner);
            log.Report(new Diagnostic(Severity.Error, "", 0, 0, "the run stopped; the previous digest was left as it was"));
            return ExitCodes.StageFailed;
        }
        catch (Exception e) when (e is StateLockedException or Processor.Core.Output.OutputLockedException)
        {
            log.Report(new Diagnostic(Severity.Error, "", 0, 0, e.Message));
            return ExitCodes.Locked;
        }
        catch (StateException e)
        {
            log.Report(new Diagnostic(Severity.Error, "", 0, 0, e.SuggestReset
                ? $"the state cannot be used: {e.Message}; run again with --reset-state to start a new state (what it remembered is lost), or set 'state:' to another file"
                : $"the state cannot be used: {e.Message}"));
            return ExitCodes.StateUnusable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The environment, not a bug: a full disk, a read-only or unreadable place.
            log.Report(new Diagnostic(Severity.Error, "", 0, 0,
                $"cannot read or write a file: {e.Message.TrimEnd('.')}; check the space and permissions there and run again (the previous digest was left as it was)"));
            return ExitCodes.UserError;
        }
        catch (OperationCanceledException)
        {
            log.Report(new Diagnostic(Severity.Error, "", 0, 0, "cancelled; nothing was written"));
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            log.Report(new Diagnostic(Severity.Error, "", 0, 0,
                $"internal error: {e.GetType().Name}: {e.Message} (this is a bug in Processor; set PROCESSOR_TRACE=1 for details and report it)"));
            if (Environment.GetEnvironmentVariable("PROCESSOR_TRACE") == "1") Console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
