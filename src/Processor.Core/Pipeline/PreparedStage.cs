using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Plugins;

namespace Processor.Core.Pipeline;

/// <summary>A pipeline step whose plugin is loaded and whose options are bound.</summary>
public sealed record PreparedStage(StageConfig Config, LoadedPlugin Plugin, IStage Stage)
{
    public string Id => Plugin.Id;

    /// <summary>What one call of the stage sees; the planner refuses a stage without one.</summary>
    public StageScope Scope { get; } = StageScopes.Of(Stage) ?? throw new ArgumentException($"stage {Stage.GetType().Name} implements no stage interface", nameof(Stage));

    /// <summary>Per-file and per-document stages stream; the others see the whole corpus.</summary>
    public bool IsStreaming => !Scope.IsWholeCorpus();
}
