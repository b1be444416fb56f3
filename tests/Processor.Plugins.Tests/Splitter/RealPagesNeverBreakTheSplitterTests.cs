using System.IO.Compression;
using System.Text;
using CsCheck;
using Processor.Abstractions;
using Processor.Plugins.Splitter;
using Processor.Plugins.Tagger;
using Processor.Testing;

namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// Real web pages (the development pages in ../shared/data, when present), cut at random bytes, glued to each other,
/// re-encoded as windows-1252 or UTF-16 and sprinkled with invalid bytes: the splitter and the tagger never throw,
/// and every document they return keeps the host's provenance rules (spans inside the file, text equal to the bytes,
/// never markup, never overlapping).
/// </summary>
public sealed class RealPagesNeverBreakTheSplitterTests
{
    private static readonly string PagesFolder = Path.Combine(Processor.Tests.Shared.RepoRoot.Path, "..", "shared", "data", "html-pages", "html");

    private static readonly Lazy<byte[][]> Pages = new(() => Directory.Exists(PagesFolder)
        ? [.. Directory.GetFiles(PagesFolder, "*.gz").Order(StringComparer.Ordinal).Take(120).Select(Unzip)]
        : []);

    private static byte[] Unzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static readonly ISourceStage Splitter = (ISourceStage)new SplitterPlugin().CreateStage(new SplitterOptions(), new FakePluginContext());
    private static readonly IDocumentStage Tagger = (IDocumentStage)new TaggerPlugin().CreateStage(new TaggerOptions(), new FakePluginContext());

    /// <summary>A page, mangled the ways real scrapes are.</summary>
    private static Gen<byte[]> Mangled(byte[][] pages) =>
        Gen.Select(Gen.Int[0, pages.Length - 1], Gen.Int[0, pages.Length - 1], Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, int.MaxValue])
            .Select((a, b, how, cut, seed) =>
            {
                var page = pages[a];
                var at = (int)(cut * page.Length);
                return how switch
                {
                    0 => page[..at],                                                      // truncated mid-tag, mid-character
                    1 => [.. page[..at], .. pages[b][(int)(cut * pages[b].Length)..]],   // two pages spliced
                    2 => Encoding.GetEncoding(1252).GetBytes(Encoding.UTF8.GetString(page)),
                    3 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(page))],
                    4 => Sprinkle(page, seed),                                            // invalid bytes here and there
                    _ => page,
                };
            });

    private static byte[] Sprinkle(byte[] page, int seed)
    {
        var copy = (byte[])page.Clone();
        var random = new Random(seed);
        for (var i = 0; i < 20 && copy.Length > 0; i++) copy[random.Next(copy.Length)] = (byte)random.Next(0x80, 0x100);
        return copy;
    }

    [SkippableFact]
    public void MangledRealPagesSplitAndTagWithSoundSpans()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pages = Pages.Value;
        Skip.If(pages.Length == 0, $"the development pages are not at {PagesFolder} (../shared/data is absent)");
        Mangled(pages).Sample(bytes =>
        {
            var source = TestSource.FromBytes(bytes, "page.html");
            var context = new FakeStageContext("splitter");
            var documents = Splitter.Process(source, context).Documents;
            Assert.Null(ProvenanceRules.CheckAcrossDocuments(documents));
            foreach (var document in documents)
            {
                SpanAssert.Sound(document, source);
                SpanAssert.Sound(Tagger.Process(document, source, context), source);
            }
        }, iter: 150, threads: 1);
    }

    [SkippableFact]
    public void EveryDevelopmentPageSplitsWithSoundSpans()
    {
        var pages = Pages.Value;
        Skip.If(pages.Length == 0, $"the development pages are not at {PagesFolder} (../shared/data is absent)");
        foreach (var page in pages)
        {
            var source = TestSource.FromBytes(page, "page.html");
            foreach (var document in Splitter.Process(source, new FakeStageContext("splitter")).Documents)
                SpanAssert.Sound(document, source);
        }
    }
}
