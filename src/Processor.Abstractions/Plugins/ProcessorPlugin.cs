namespace Processor.Abstractions;

/// <summary>Base class for plugins with a typed options class bound from YAML.</summary>
/// <typeparam name="TOptions">
/// The options: public settable properties; a property <c>MinWords</c> is written <c>min_words</c> in YAML.
/// Validate them in <see cref="CreateStage(TOptions, IPluginContext)"/> and throw <see cref="PluginOptionsException"/>.
/// </typeparam>
public abstract class ProcessorPlugin<TOptions> : IProcessorPlugin where TOptions : class, new()
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    public Type OptionsType => typeof(TOptions);

    /// <inheritdoc />
    public IStage CreateStage(object options, IPluginContext context) => CreateStage((TOptions)options, context);

    /// <summary>Creates the stage from typed options.</summary>
    protected abstract IStage CreateStage(TOptions options, IPluginContext context);
}
