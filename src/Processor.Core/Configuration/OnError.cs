namespace Processor.Core.Configuration;

/// <summary>What a stage does when its plugin fails on one document.</summary>
public enum OnError
{
    /// <summary>Report the document once, leave it out, and go on (the run summary counts it).</summary>
    Skip,

    /// <summary>Stop the run; nothing is written.</summary>
    Fail,
}
