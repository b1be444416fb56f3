namespace Processor.Core.State;

/// <summary>The state file cannot be used (corrupt, foreign, newer); the CLI suggests <c>--reset-state</c> when it would help.</summary>
public sealed class StateException(string message, Exception? inner = null, bool suggestReset = true) : Exception(message, inner)
{
    public StateException(string message, bool suggestReset) : this(message, null, suggestReset) { }

    /// <summary>False when <c>--reset-state</c> would not help (or would remove something it must not).</summary>
    public bool SuggestReset { get; } = suggestReset;
}
