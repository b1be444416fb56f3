using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>Splits a page from TestData/html (or given bytes) with default options and checks its provenance.</summary>
internal static class Html
{
    private static readonly ISourceStage Splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());

    public static (SourceText Source, Document? Document) Split(string file) =>
        Split(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "html", file)), file);

    public static (SourceText Source, Document? Document) Split(byte[] bytes, string name = "page.html")
    {
        var source = TestSource.FromBytes(bytes, name);
        var documents = Splitter.Process(source, new FakeStageContext("splitter")).Documents;
        foreach (var document in documents) SpanAssert.Sound(document, source);
        return (source, documents.SingleOrDefault());
    }

    /// <summary>The authors of the page TestData/html/<paramref name="file"/> (a path below it, such as "bylines/x.html").</summary>
    public static string[] Authors(string file) => [.. Split(file).Document!.Get(DocumentMetadata.Authors)];

    /// <summary>An expected author list written in one InlineData string: names separated by '|', none when empty.</summary>
    public static string[] Expected(string names) => names.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static List<string> Sentences(Document? document) => document?.Sentences.Select(s => s.Text).ToList() ?? [];
}
