namespace Processor.Abstractions;

/// <summary>
/// Thrown by a plugin whose options are invalid; the host reports it at the option's place in the
/// pipeline file.
/// </summary>
public sealed class PluginOptionsException : Exception
{
    /// <summary>An error about the option <paramref name="option"/> (its YAML name).</summary>
    public PluginOptionsException(string option, string message) : base(message) => Option = option;

    /// <summary>The YAML name of the offending option, e.g. <c>threshold</c>.</summary>
    public string Option { get; }
}
