using EndToEnd.Tests.Support;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EndToEnd.Tests.Renderer;

[Collection(SeedDigestCollection.Name)]
public sealed class SeedDigestRendersClaimsWithCitationsTests(SeedDigest seed)
{
    [Fact]
    public void TheHtmlShowsTheBriefingsClaimsEachWithACitedPassage()
    {
        var html = File.ReadAllText(Path.Combine(seed.Output, "digest.html"));
        var claims = System.Text.RegularExpressions.Regex.Matches(html, "<article class=\"claim\"").Count;
        // The briefing's claims: as many as digest.json lists (the briefing), and each once.
        using var briefing = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(seed.Output, "digest.json")));
        Assert.Equal(briefing.RootElement.GetProperty("claims").GetArrayLength(), claims);
        Assert.InRange(claims, 10, 60);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(html, "<details class=\"citation\"").Count >= claims);
        Assert.Contains("<mark>", html);
    }

    [Fact]
    public void EveryMarkdownFootnoteReferenceResolves()
    {
        var markdown = File.ReadAllText(Path.Combine(seed.Output, "digest.md"));
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseFootnotes().Build());
        var links = document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.NotNull(l.Footnote));
        Assert.DoesNotContain(document.Descendants<LiteralInline>(), l => l.Content.ToString().StartsWith("[^"));
    }
}
