using Processor.Abstractions;
using Processor.Plugins.Deduplicator;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>A passage of several claims quoted or republished inside another article is reported at the paragraph level.</summary>
public sealed class CopiedParagraphsAreReportedTests
{
    private static readonly string[] Passage = Dedup.RaidStory;

    private static readonly string[] Unrelated =
    [
        "The football season opened with a surprise win for the visitors in front of a full stadium on Saturday.",
        "Supporters sang for the striker long after the final whistle, and the coach praised the young defenders.",
    ];

    /// <summary>A document of one source whose paragraphs hold the given claims, 1,000 bytes apart.</summary>
    private static (Document Document, Claim[] Claims) Article(string source, params string[][] paragraphs)
    {
        var claims = new List<Claim>();
        var spans = new List<SourceSpan>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            for (var s = 0; s < paragraphs[p].Length; s++) claims.Add(Dedup.Claim(paragraphs[p][s], source, p * 1000 + s * 200));
            spans.Add(new SourceSpan(source, p * 1000, p * 1000 + 900, p + 1, p + 1));
        }
        var document = new Document(source + "-01", source, new SourceSpan(source, 0, paragraphs.Length * 1000, 1, paragraphs.Length))
        {
            Paragraphs = [.. spans],
        };
        return (document, [.. claims]);
    }

    private static Corpus Run(bool paragraphs, params (Document Document, Claim[] Claims)[] articles) =>
        Run(new DeduplicatorOptions { Paragraphs = paragraphs, Documents = false }, articles);

    private static Corpus Run(DeduplicatorOptions options, params (Document Document, Claim[] Claims)[] articles) =>
        Dedup.Run([.. articles.SelectMany(a => a.Claims)], options, [.. articles.Select(a => a.Document)]);

    [Fact]
    public void AnExactlyCopiedPassageIsOneExactParagraphMerge()
    {
        var corpus = Run(true, Article("a", Passage, Unrelated), Article("b", Unrelated[..1], Passage));
        var merge = Assert.Single(corpus.Merges, m => m.Level == "paragraph");
        Assert.Equal(("a-01/p1", "b-01/p2", "exact", 1.0), (merge.KeptId, merge.MergedId, merge.Method, merge.Score));
    }

    [Fact]
    public void AnEditedCopyIsANearParagraphMergeWithItsSimilarity()
    {
        string[] edited = [Passage[0].Replace("Tuesday", "Wednesday"), Passage[1], Passage[2].Replace("two hundred", "300")];
        var corpus = Run(true, Article("a", Passage), Article("b", edited));
        var merge = Assert.Single(corpus.Merges, m => m.Level == "paragraph");
        Assert.Equal("near", merge.Method);
        Assert.InRange(merge.Score, 0.5, 0.99);
    }

    [Fact]
    public void CopiesOfAWholeArticleAreReportedAsADocumentNotParagraphByParagraph()
    {
        string[] more =
        [
            "The new stadium holds forty thousand people and was built in two years by a company from the capital city.",
            "Tickets for the opening match sold out within an hour, and the club has promised a second opening day soon.",
            "Local shops reported their busiest weekend of the year as visitors arrived from towns across the whole region.",
        ];
        // a and b are one article twice; c is another article that quotes a's passage.
        var corpus = Run(new DeduplicatorOptions(), Article("a", Passage, Passage[..2]), Article("b", Passage, Passage[..2]), Article("c", Unrelated, Passage, more));
        Assert.Contains(corpus.Merges, m => m.Level == "document" && m.MergedId == "b-01");
        var paragraphs = corpus.Merges.Where(m => m.Level == "paragraph").ToList();
        Assert.DoesNotContain(paragraphs, m => m.MergedId.StartsWith("b-01/", StringComparison.Ordinal));
        Assert.Contains(paragraphs, m => m.MergedId == "c-01/p2");
    }

    [Fact]
    public void UnrelatedPassagesAndTheSwitchedOffLevelReportNothing()
    {
        Assert.DoesNotContain(Run(true, Article("a", Passage), Article("b", Unrelated)).Merges, m => m.Level == "paragraph");
        Assert.DoesNotContain(Run(false, Article("a", Passage), Article("b", Passage)).Merges, m => m.Level == "paragraph");
    }
}
