namespace Processor.Core.Configuration;

/// <summary>Which claims reach the outputs.</summary>
public enum DigestMode
{
    /// <summary>Every claim (new ones are marked).</summary>
    Full,

    /// <summary>Only claims that no earlier run saw (needs the state store).</summary>
    NewOnly,
}
