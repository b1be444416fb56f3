namespace Processor.Core.State;

/// <summary>The state file cannot be used (corrupt, foreign, newer); the CLI suggests <c>--reset-state</c>.</summary>
public sealed class StateException(string message, Exception? inner = null) : Exception(message, inner);
