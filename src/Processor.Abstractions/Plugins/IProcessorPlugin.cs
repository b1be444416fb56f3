namespace Processor.Abstractions;

/// <summary>
/// The entry point the host looks for in a plugin assembly. Derive from
/// <see cref="ProcessorPlugin{TOptions}"/> rather than implementing this directly.
/// </summary>
public interface IProcessorPlugin
{
    /// <summary>The id used in a pipeline's <c>use:</c> (lower-case, e.g. <c>splitter</c>).</summary>
    string Id { get; }

    /// <summary>One line saying what the plugin does (shown by <c>processor plugins list</c>).</summary>
    string Description { get; }

    /// <summary>The class bound from the stage's <c>with:</c> mapping; needs a public parameterless constructor.</summary>
    Type OptionsType { get; }

    /// <summary>Creates the stage for one pipeline step with bound <paramref name="options"/>.</summary>
    IStage CreateStage(object options, IPluginContext context);
}
