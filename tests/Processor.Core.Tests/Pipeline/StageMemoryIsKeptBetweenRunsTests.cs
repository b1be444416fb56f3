using Processor.Abstractions;
using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Pipeline;
using Processor.Core.Plugins;
using Processor.Core.State;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Pipeline;

/// <summary>
/// <see cref="IStatefulStage"/>: what a stage saves at the end of a successful run comes back at the start of the
/// next, and a stage that cannot read it gets a warning, not a failed run.
/// </summary>
public sealed class StageMemoryIsKeptBetweenRunsTests
{
    /// <summary>A splitter (one document per file) that counts its runs in its memory; it can be told to choke on it.</summary>
    private sealed class CountingStage : ProcessorPlugin<CountingStage.Options>, ISourceStage, IStatefulStage
    {
        public sealed class Options;

        public override string Id => "counting";

        public override string Description => "test";

        public bool ChokeOnRestore { get; init; }

        public byte? Restored { get; private set; }

        protected override IStage CreateStage(Options options, IPluginContext context) => this;

        public SourceResult Process(SourceText source, IStageContext context) =>
            new([new Document($"{source.File.Id}-01", source.File.Id, source.SpanOf(0, source.Bytes.Length))], []);

        public void Restore(byte[] saved) => Restored = ChokeOnRestore ? throw new InvalidDataException("not my format") : saved[0];

        public byte[]? Save(DateTimeOffset runStarted) => [(byte)((Restored ?? 0) + 1)];
    }

    private static async Task<string> Run(TempFolder temp, CountingStage plugin)
    {
        var config = new PipelineConfig { FilePath = Path.Combine(temp.Path, "pipeline.yaml") };
        using var state = StateStore.Open(Path.Combine(temp.Path, "state.db"));
        var stage = new PreparedStage(new StageConfig("counting", default, null, default), new LoadedPlugin(plugin, temp.Path, new Version(1, 1), new Version(1, 1), "test"), plugin);
        var log = new StringWriter();
        await new PipelineRunner(config, [stage], new PlainRunLog(log), state).RunAsync([Path.Combine(temp.Path, "a.txt")], CancellationToken.None);
        return log.ToString();
    }

    [Fact]
    public async Task WhatARunSavesTheNextRunRestores()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "A file.");
        var first = new CountingStage();
        await Run(temp, first);
        Assert.Null(first.Restored);   // nothing saved yet

        var second = new CountingStage();
        await Run(temp, second);
        Assert.Equal((byte)1, second.Restored);

        var third = new CountingStage();
        await Run(temp, third);
        Assert.Equal((byte)2, third.Restored);
    }

    [Fact]
    public async Task AStageThatCannotReadItsMemoryIsWarnedAndTheRunGoesOn()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "A file.");
        await Run(temp, new CountingStage());
        var log = await Run(temp, new CountingStage { ChokeOnRestore = true });
        Assert.Contains("plugin 'counting' could not read what it saved in the last run (InvalidDataException: not my format); it starts afresh", log);
    }
}
