namespace Processor.Core.Diagnostics;

/// <summary>The process exit codes, documented in the README (at more length) and in --help (<see cref="Meanings"/>); tests pin them.</summary>
public static class ExitCodes
{
    /// <summary>The run succeeded (inputs may have been skipped with a warning).</summary>
    public const int Success = 0;

    /// <summary>Something the user can fix: pipeline file, plugin folder, template, missing input, bad command line.</summary>
    public const int UserError = 1;

    /// <summary>An unexpected failure inside Processor itself.</summary>
    public const int InternalError = 2;

    /// <summary>A plugin failed on a document in a stage with <c>on_error: fail</c>, or a call exceeded its timeout.</summary>
    public const int StageFailed = 3;

    /// <summary>Another run holds this pipeline's state or output folder (its lock); this run did nothing.</summary>
    public const int Locked = 4;

    /// <summary>The state file is corrupt, foreign or from a newer Processor; run again with --reset-state.</summary>
    public const int StateUnusable = 5;

    /// <summary>The run was cancelled (Ctrl+C, SIGTERM, SIGQUIT); nothing was written.</summary>
    public const int Cancelled = 130;

    /// <summary>Every code with what it means, one line each: what <c>processor --help</c> lists.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Meanings { get; } =
    [
        (Success, "success (unreadable inputs are skipped, logged and listed in the digest)"),
        (UserError, "something you can fix: the pipeline file, a plugin or option, a template, an input, the command line"),
        (InternalError, "internal error (a bug; PROCESSOR_TRACE=1 prints the stack trace)"),
        (StageFailed, "a plugin failed with on_error: fail, or exceeded its timeout"),
        (Locked, "another run holds this pipeline's state or output folder"),
        (StateUnusable, "the state file is damaged or foreign (see --reset-state)"),
        (Cancelled, "cancelled (Ctrl+C, SIGTERM)"),
    ];
}
