using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Plugins.Tagger;
using Processor.Testing;

namespace Processor.Plugins.Tests.Support;

/// <summary>Runs the built-in splitter and tagger over strings, as the host would, for plugin-level tests.</summary>
internal static class Chain
{
    public static (SourceText Source, ImmutableArray<Document> Documents) SplitAndTag(string text, string path = "test.txt", TaggerOptions? tagger = null)
    {
        var source = TestSource.From(text, path);
        var split = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
        var tag = (IDocumentStage)new TaggerPlugin().CreateStage(tagger ?? new TaggerOptions(), new FakePluginContext());
        var context = new FakeStageContext();
        var documents = split.Process(source, context).Documents.Select(d => tag.Process(d, source, context)).ToImmutableArray();
        return (source, documents);
    }

    /// <summary>A file of TestData/ (its bytes, as the host reads them) through the built-in splitter with default options.</summary>
    public static SourceResult SplitTestFile(params string[] pathUnderTestData)
    {
        var path = Path.Combine([AppContext.BaseDirectory, "TestData", .. pathUnderTestData]);
        return ((ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext()))
            .Process(TestSource.FromBytes(File.ReadAllBytes(path), Path.GetFileName(path)), new FakeStageContext());
    }

    /// <summary>One document through the built-in tagger with default options, as the host would.</summary>
    public static Document Tag(Document document, SourceText source, TaggerOptions? tagger = null) =>
        ((IDocumentStage)new TaggerPlugin().CreateStage(tagger ?? new TaggerOptions(), new FakePluginContext())).Process(document, source, new FakeStageContext());

    /// <summary>Claims as the host builds them before the first corpus stage: one per claim sentence.</summary>
    public static ImmutableArray<Claim> ClaimsOf(IEnumerable<Document> documents) =>
        [.. documents.SelectMany(d => d.Sentences.Where(s => s.IsClaim).Select(s => Claim.FromSentence(d, s)))];
}
