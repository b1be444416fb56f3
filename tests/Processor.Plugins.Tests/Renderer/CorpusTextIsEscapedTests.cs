using Processor.Plugins.Renderer.Templates;

namespace Processor.Plugins.Tests.Renderer;

public sealed class CorpusTextIsEscapedTests
{
    private static readonly TemplateSet Defaults = TemplateSet.Load([Path.Combine(AppContext.BaseDirectory, "templates")]);

    [Fact]
    public void HtmlOutputEncodesScriptsHandlersAndLinks()
    {
        var html = Defaults.Render("html", Hostile.Digest());
        Assert.DoesNotContain(Hostile.Script, html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("{{ title }}", html);   // template syntax in the corpus is shown, never evaluated
    }

    [Fact]
    public void MarkdownOutputEscapesMarkupAndTemplateSyntax()
    {
        var markdown = Defaults.Render("markdown", Hostile.Digest());
        Assert.DoesNotContain("<script>", markdown);
        Assert.DoesNotContain("<img", markdown);
        Assert.Contains("&lt;script&gt;", markdown);
        Assert.Contains(@"\{\{ title \}\}", markdown);
    }
}
