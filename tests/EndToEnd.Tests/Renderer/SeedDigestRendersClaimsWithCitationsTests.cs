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
    public void TheHtmlListsClaimsEachWithACitedPassage()
    {
        var html = File.ReadAllText(Path.Combine(seed.Output, "digest.html"));
        var claims = System.Text.RegularExpressions.Regex.Matches(html, "<article class=\"claim\"").Count;
        Assert.Equal(Math.Min(200, seed.Root.GetProperty("claims").GetArrayLength()), claims);
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
