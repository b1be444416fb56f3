namespace Processor.Abstractions;

/// <summary>SDK 1's plugin contract (only what the fixture needs).</summary>
public interface IProcessorPlugin
{
    string Id { get; }
}
