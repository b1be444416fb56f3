using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Plugins.Splitter;
using Processor.Plugins.Tagger;
using Processor.Testing;

namespace Processor.Bench;

/// <summary>
/// Throughput of each built-in stage on the same 8 MB of seed-derived text, one thread (the pipeline
/// runs files on every core). MB/s = 8 / mean seconds; bench/RESULTS.md has the figures.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    public const int Megabytes = 8;

    private SourceText _source = null!;
    private ISourceStage _splitter = null!;
    private IDocumentStage _tagger = null!;
    private ICorpusStage _deduplicator = null!;
    private ICorpusStage _claimDeduplicator = null!;
    private ImmutableArray<Document> _documents;
    private Corpus _corpus = null!;
    private readonly FakeStageContext _context = new();

    [GlobalSetup]
    public void Setup()
    {
        _source = TestSource.FromBytes(Encoding.UTF8.GetBytes(BenchCorpus.InMemory(Megabytes)), "bench.txt");
        var plugin = new Context();
        _splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), plugin);
        _tagger = (IDocumentStage)new TaggerPlugin().CreateStage(new TaggerOptions { Gazetteer = Gazetteers.Write(1000) }, plugin);
        _deduplicator = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions(), plugin);
        _claimDeduplicator = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions { Documents = false }, plugin);
        _documents = _splitter.Process(_source, _context).Documents;
        var claims = _documents.SelectMany(d => d.Sentences.Where(s => s.IsClaim).Select(s =>
            new Claim($"c-{s.Id}", TextNormalizer.CollapseWhitespace(s.Text), [new Attribution(d.SourceId, d.Id, s.Id, s.Span, s.Text)]))).ToImmutableArray();
        _corpus = new Corpus { Sources = [_source.File], Documents = _documents, Claims = claims };
    }

    [Benchmark]
    public int Splitter() => _splitter.Process(_source, _context).Documents.Length;

    [Benchmark]
    public int Tagger()
    {
        var tags = 0;
        foreach (var d in _documents) tags += _tagger.Process(d, _source, _context).Sentences.Sum(s => s.Tags.Length);
        return tags;
    }

    /// <summary>Claims (exact + near) and documents (syndication): the default configuration.</summary>
    [Benchmark]
    public int Deduplicator() => _deduplicator.Process(_corpus, _context).Claims.Length;

    /// <summary>Claim-level merging only (<c>documents: false</c>): the figure the deduplicator issue sets a target for.</summary>
    [Benchmark]
    public int ClaimDeduplicator() => _claimDeduplicator.Process(_corpus, _context).Claims.Length;

    private sealed class Context : IPluginContext
    {
        public string ResolvePath(string path) => Path.GetFullPath(path);

        public string PluginDirectory => AppContext.BaseDirectory;

        public IReadOnlyList<string> TemplateDirectories => [];
    }
}
