using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Processor.Abstractions;
using Processor.Plugins.Renderer;
using Processor.Plugins.Splitter;
using Processor.Plugins.Tagger;
using Processor.Testing;

namespace Processor.Bench;

/// <summary>Rendering a digest of exactly 1,000 claims (from the seeds and an edited copy, not merged) into HTML, Markdown and JSON, all shown with full citations.</summary>
[MemoryDiagnoser]
public class RendererBenchmarks
{
    private Corpus _corpus = null!;
    private IOutputStage _renderer = null!;
    private FakeStageContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plugin = new FakePluginContext();
        var splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), plugin);
        var tagger = (IDocumentStage)new TaggerPlugin().CreateStage(new TaggerOptions { Gazetteer = Path.Combine(BenchCorpus.SeedsFolder(), "entities.yaml") }, plugin);
        var sources = BenchCorpus.SeedTexts().SelectMany((text, i) => new[] { (text, $"seed{i}.txt"), (BenchCorpus.Variant(text, 1), $"copy{i}.txt") })
            .Select(x => TestSource.FromBytes(Encoding.UTF8.GetBytes(x.Item1), x.Item2)).ToArray();
        _context = new FakeStageContext("renderer", sources) { OutputDirectory = Directory.CreateTempSubdirectory("processor-render").FullName };
        var documents = sources.SelectMany(s => splitter.Process(s, _context).Documents.Select(d => tagger.Process(d, s, _context))).ToImmutableArray();
        var claims = documents.SelectMany(d => d.Sentences.Where(s => s.IsClaim).Select(s =>
            new Claim($"c-{s.Id}", TextNormalizer.CollapseWhitespace(s.Text), [new Attribution(d.SourceId, d.Id, s.Id, s.Span, s.Text)]) { Tags = s.Tags })).ToImmutableArray();
        _corpus = new Corpus { Sources = [.. sources.Select(s => s.File)], Documents = documents, Claims = [.. claims.Take(1000)] };
        _renderer = (IOutputStage)new RendererPlugin().CreateStage(new RendererOptions { MaxClaims = 1000 }, new FakePluginContext { PluginDirectory = AppContext.BaseDirectory });
        Console.WriteLine($"// renderer benchmark: {_corpus.Claims.Length} claims");
    }

    [Benchmark]
    public void RenderHtmlMarkdownJson() => _renderer.Write(_corpus, _context);
}
