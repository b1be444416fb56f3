using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Plugins;

namespace Processor.Core.Pipeline;

/// <summary>A pipeline step whose plugin is loaded and whose options are bound.</summary>
public sealed record PreparedStage(StageConfig Config, LoadedPlugin Plugin, IStage Stage)
{
    public string Id => Plugin.Id;

    /// <summary>Per-file and per-document stages stream; the others see the whole corpus.</summary>
    public bool IsStreaming => Stage is ISourceStage or IDocumentStage;
}
