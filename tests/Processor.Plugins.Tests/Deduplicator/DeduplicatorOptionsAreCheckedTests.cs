using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Testing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>Impossible deduplicator options are refused before a run, naming the option (the host adds file, line and column).</summary>
public sealed class DeduplicatorOptionsAreCheckedTests
{
    public static TheoryData<string, DeduplicatorOptions> Invalid() => new()
    {
        { "threshold", new DeduplicatorOptions { Threshold = 1.5 } },
        { "document_threshold", new DeduplicatorOptions { DocumentThreshold = 0 } },
        { "remember", new DeduplicatorOptions { Remember = -1 } },
        { "shingle_size", new DeduplicatorOptions { ShingleSize = 1 } },
        { "bands", new DeduplicatorOptions { Permutations = 128, Bands = 30 } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AnImpossibleOptionIsRefusedByName(string option, DeduplicatorOptions options)
    {
        var e = Assert.Throws<PluginOptionsException>(() => new DeduplicatorPlugin().CreateStage(options, new FakePluginContext()));
        Assert.Equal(option, e.Option);
    }
}
