namespace Processor.Plugins.Tests.Splitter;

/// <summary>
/// "&lt;script … /&gt;" does not close a script in HTML: browsers hide everything up to the next &lt;/script&gt;, and so does
/// the splitter (a recipe site printed three "claims" of JavaScript). A self-closed &lt;title/&gt; inside SVG hides nothing.
/// </summary>
public sealed class ASelfClosedScriptStillHidesItsContentTests
{
    [Fact]
    public void TheScriptIsNoTextAndTheParagraphsAroundItAre()
    {
        var (_, document) = Html.Split("self-closed-script.html");
        var sentences = Html.Sentences(document);

        Assert.DoesNotContain(sentences, s => s.Contains("addEventListener", StringComparison.Ordinal) || s.Contains("inside a script", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Heat the oven", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Arrange the pineapple", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Bake for about 45 minutes", StringComparison.Ordinal));
    }
}
