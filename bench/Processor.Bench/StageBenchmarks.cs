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
/// Throughput of each built-in stage on 8 MB of text, one thread (the pipeline runs files on every core; the
/// deduplicator uses every core itself). Two corpora: <c>newswire</c>, real Reuters stories glued forty to a scrape
/// (the default, <see cref="NewswireCorpus"/>), and <c>seeds</c>, edited copies of the seed files (the earlier
/// figures). <see cref="HtmlSplitter"/> splits 8 MB of the same stories as web pages. MB/s = 8 / mean seconds;
/// bench/RESULTS.md has the figures.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    public const int Megabytes = 8;

    [Params("newswire", "seeds")]
    public string Corpus { get; set; } = "newswire";

    private SourceText[] _sources = [];
    private SourceText[] _pages = [];
    private ISourceStage _splitter = null!;
    private IDocumentStage _tagger = null!;
    private ICorpusStage _deduplicator = null!;
    private ICorpusStage _claimDeduplicator = null!;
    private (Document Document, SourceText Source)[] _documents = [];
    private Corpus _corpus = null!;
    private readonly FakeStageContext _context = new();

    [GlobalSetup]
    public void Setup()
    {
        var texts = Corpus == "seeds" ? BenchCorpus.InMemory(Megabytes) : [.. NewswireCorpus.Files(Megabytes, html: false)];
        _sources = [.. texts.Select((text, i) => TestSource.FromBytes(Encoding.UTF8.GetBytes(text), $"bench-{i:D4}.txt"))];
        _pages = Corpus == "seeds" ? [] : [.. NewswireCorpus.Files(Megabytes, html: true).Select((text, i) => TestSource.FromBytes(Encoding.UTF8.GetBytes(text), $"page-{i:D5}.html"))];
        var plugin = new Context();
        _splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), plugin);
        _tagger = (IDocumentStage)new TaggerPlugin().CreateStage(new TaggerOptions { Gazetteer = Gazetteers.Write(1000) }, plugin);
        _deduplicator = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions(), plugin);
        _claimDeduplicator = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions { Documents = false, Paragraphs = false }, plugin);
        _documents = [.. _sources.SelectMany(source => _splitter.Process(source, _context).Documents.Select(d => (d, source)))];
        var claims = _documents.SelectMany(x => x.Document.Sentences.Where(s => s.IsClaim).Select(s =>
            new Claim($"c-{s.Id}", TextNormalizer.CollapseWhitespace(s.Text), [new Attribution(x.Document.SourceId, x.Document.Id, s.Id, s.Span, s.Text)]))).ToImmutableArray();
        _corpus = new Corpus { Sources = [.. _sources.Select(s => s.File)], Documents = [.. _documents.Select(x => x.Document)], Claims = claims };
    }

    [Benchmark]
    public int Splitter()
    {
        var documents = 0;
        foreach (var source in _sources) documents += _splitter.Process(source, _context).Documents.Length;
        return documents;
    }

    /// <summary>The splitter on web pages (tree, boilerplate, main content, metadata, sentences); newswire only.</summary>
    [Benchmark]
    public int HtmlSplitter()
    {
        var documents = 0;
        foreach (var page in _pages) documents += _splitter.Process(page, _context).Documents.Length;
        return documents;
    }

    [Benchmark]
    public int Tagger()
    {
        var tags = 0;
        foreach (var (document, source) in _documents) tags += _tagger.Process(document, source, _context).Sentences.Sum(s => s.Tags.Length);
        return tags;
    }

    /// <summary>Claims (exact + near) and documents (syndication): the default configuration.</summary>
    [Benchmark]
    public int Deduplicator() => _deduplicator.Process(_corpus, _context).Claims.Length;

    /// <summary>Claim-level merging only (<c>documents: false, paragraphs: false</c>): the figure the deduplicator issue sets a target for.</summary>
    [Benchmark]
    public int ClaimDeduplicator() => _claimDeduplicator.Process(_corpus, _context).Claims.Length;

    private sealed class Context : IPluginContext
    {
        public string ResolvePath(string path) => Path.GetFullPath(path);

        public string PluginDirectory => AppContext.BaseDirectory;

        public IReadOnlyList<string> TemplateDirectories => [];
    }
}
