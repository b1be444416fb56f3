namespace Processor.Abstractions;

/// <summary>The future SDK's plugin contract (only what the fixture needs).</summary>
public interface IProcessorPlugin
{
    string Id { get; }
}
