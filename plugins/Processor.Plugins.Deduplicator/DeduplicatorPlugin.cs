using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator;

/// <summary>The built-in <c>deduplicator</c>: merges duplicate claims and keeps every attribution.</summary>
public sealed class DeduplicatorPlugin : ProcessorPlugin<DeduplicatorOptions>
{
    public override string Id => "deduplicator";

    public override string Description => "Merges exact, near-duplicate and reworded claims (never ones whose figures differ), keeping every source; links conflicting figures";

    protected override IStage CreateStage(DeduplicatorOptions options, IPluginContext context)
    {
        if (options.Threshold is <= 0 or > 1) throw new PluginOptionsException("threshold", "must be greater than 0 and at most 1");
        if (options.ParaphraseThreshold is <= 0 or > 1) throw new PluginOptionsException("paraphrase_threshold", "must be greater than 0 and at most 1");
        if (options.ConflictThreshold is <= 0 or > 1) throw new PluginOptionsException("conflict_threshold", "must be greater than 0 and at most 1");
        if (options.StorySimilarity is <= 0 or > 1) throw new PluginOptionsException("story_similarity", "must be greater than 0 and at most 1");
        if (options.StoryDays < 0) throw new PluginOptionsException("story_days", "must be 0 or more");
        if (options.DocumentThreshold is <= 0 or > 1) throw new PluginOptionsException("document_threshold", "must be greater than 0 and at most 1");
        if (options.Remember < 0) throw new PluginOptionsException("remember", "must be 0 (remember nothing) or more");
        if (options.ShingleSize < 2) throw new PluginOptionsException("shingle_size", "must be at least 2");
        if (options.Bands < 1 || options.Permutations % options.Bands != 0)
            throw new PluginOptionsException("bands", $"must divide permutations ({options.Permutations}) evenly");
        return new DeduplicatorStage(options);
    }
}
