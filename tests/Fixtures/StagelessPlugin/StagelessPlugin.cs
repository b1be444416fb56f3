using Processor.Abstractions;

namespace StagelessPlugin;

/// <summary>A plugin whose stage implements only the <see cref="IStage"/> marker: no runner would ever call it, so the planner must refuse it.</summary>
public sealed class StagelessPlugin : ProcessorPlugin<StagelessOptions>
{
    public override string Id => "stageless";

    public override string Description => "makes a stage the runner cannot call";

    protected override IStage CreateStage(StagelessOptions options, IPluginContext context) => new MarkerOnlyStage();

    private sealed class MarkerOnlyStage : IStage;
}

/// <summary>No options.</summary>
public sealed class StagelessOptions;
