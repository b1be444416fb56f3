using Processor.Abstractions;

namespace Processor.Plugins.Splitter;

/// <summary>The built-in <c>splitter</c>: raw files → articles → paragraphs → sentences, with exact spans.</summary>
public sealed class SplitterPlugin : ProcessorPlugin<SplitterOptions>
{
    public override string Id => "splitter";

    public override string Description => "Splits files into articles, paragraphs and sentences; removes navigation and share lines";

    protected override IStage CreateStage(SplitterOptions options, IPluginContext context)
    {
        if (options.MinClaimWords < 1) throw new PluginOptionsException("min_claim_words", "must be at least 1");
        if (options.Sensitivity is < 0 or > 1) throw new PluginOptionsException("sensitivity", "must be between 0 and 1");
        if (options.RepeatedLineThreshold < 2) throw new PluginOptionsException("repeated_line_threshold", "must be at least 2");
        return new SplitterStage(options);
    }
}
