namespace Processor.Core.Diagnostics;

/// <summary>The process exit codes, documented in the README; tests pin them.</summary>
public static class ExitCodes
{
    /// <summary>The run succeeded (inputs may have been skipped with a warning).</summary>
    public const int Success = 0;

    /// <summary>Something the user can fix: pipeline file, plugin folder, template, missing input, bad command line.</summary>
    public const int UserError = 1;

    /// <summary>An unexpected failure inside Processor itself.</summary>
    public const int InternalError = 2;

    /// <summary>A plugin failed on a document in a stage with <c>on_error: fail</c>.</summary>
    public const int StageFailed = 3;

    /// <summary>Another run holds the state lock; this run did nothing.</summary>
    public const int Locked = 4;

    /// <summary>The state file is corrupt, foreign or from a newer Processor; run again with --reset-state.</summary>
    public const int StateUnusable = 5;

    /// <summary>The run was cancelled (Ctrl+C or a stage timeout); nothing was written.</summary>
    public const int Cancelled = 130;
}
