namespace Processor.Plugins.Renderer.Model;

/// <summary>
/// A small digest with one of everything. Templates are dry-run against it before a real run, so an
/// unknown variable or member stops the run before any output is written.
/// </summary>
internal static class SampleDigest
{
    public static DigestView Create()
    {
        var citation = new CitationView("c0-1", "s0", "sample.txt", "s0-01", "Sample title", "example.org", "2024-01-02",
            ["A. Author"], 3, 3, 10, 40, "Sample quote.", "Before. ", " After.", 1.0, "exact", "https://example.org/a");
        var tag = new TagView("entity", "sample", new Dictionary<string, string> { ["name"] = "Sample" });
        var coverage = new CoverageView("newspaper", 1, 100);
        var claim = new ClaimView("c0", 1, 4.5, "Sample claim.", 2, 2, 2, "quote", "A. Speaker", ["Sample"], ["about 10 members"], ["A. Speaker"], [tag],
            [citation, citation], 3, true, "2024-01-02", [coverage], Shown: true);
        var document = new DocumentView("s0-01", "Sample title", "2024-01-02", ["A. Author"], "example.org", "example.org", 1, 9, 3, "start of file", "https://example.org/a");
        var conflict = new ConflictView("k0", "member · Sample", [new ConflictRowView("10", "about 10", "c0", citation, 1, true), new ConflictRowView("12", "12", "c0", citation, 1, false)]);
        var outlet = new OutletView("Example Times", "newspaper", "independent", "Albania", "https://example.org/a");
        var story = new StoryView("s0", "Sample story", "2024-01-02", "Example Times", true, 1, 2, [outlet], [coverage], "Only sources independent report this story.",
            [claim], [conflict], 3);
        return new DigestView(
            "Sample digest", "2024-01-02 03:04 UTC", Json.DigestJsonWriter.Schema, 1,
            new OverviewView(1, 1, 3, 1, 2, 1, 1, 1, 1, 1, 1),
            new BriefingView(2000, [new SummaryView("s0", "Sample story", "Sample claim.", "c0", citation, 2, true)], [coverage], "1 of the 1 outlets are independent; no outlet of another side is among the sources."),
            [story],
            [claim],
            [conflict],
            [new FactView("k1", "member · Sample", [claim, claim])],
            [new QuoteView("A. Speaker", "quote", "Sample claim.", "c0", citation, true)],
            [new NameView("Sample Name", 2, 2)],
            new IndexView([new StoryRowView("s0", "Sample story", "2024-01-02", 2, 1, 3, true, true), new StoryRowView("s1", "Other story", null, 1, 1, 1, false, false)], 1, 1),
            [new SourceView("s0", "sample.txt", new string('0', 64), 100, [document])],
            [new RemovedView("sample.txt", 1, 1, "navigation", "Home")],
            [new SkippedView("bad.bin", 0, "binary file")],
            [new PluginSectionView("sample.alert", "Sample alerts", [claim])],
            [claim]);
    }
}
