using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Renderer;

public sealed class HostileCorpusRendersInertTests
{
    [Fact]
    public void ScriptsHandlersJavascriptLinksAndTemplateSyntaxStayText()
    {
        using var corpus = new CorpusCopy("hostile");
        var run = ToolRun.Start(corpus.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        var html = corpus.Read("digest.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("{{ title }}", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script>"));   // only the digest's own filter script

        var markdown = corpus.Read("digest.md");
        Assert.DoesNotContain("<img", markdown);
        Assert.DoesNotContain("<script>", markdown);
        Assert.Contains(@"\{\{ title \}\}", markdown);
    }
}
