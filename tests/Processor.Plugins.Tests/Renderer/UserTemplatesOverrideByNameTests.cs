using Processor.Plugins.Renderer.Model;
using Processor.Plugins.Renderer.Templates;
using Processor.Plugins.Tests.Support;

namespace Processor.Plugins.Tests.Renderer;

public sealed class UserTemplatesOverrideByNameTests : IDisposable
{
    private readonly UserTemplateFolder _user = new();

    [Fact]
    public void OverridingOnePartialChangesOnlyThatPart()
    {
        Directory.CreateDirectory(Path.Combine(_user.Path, "partials"));
        File.WriteAllText(Path.Combine(_user.Path, "partials", "claim.html.sbn"), "<p class=\"mine\">{{ claim.text }}</p>\n");
        var model = SampleDigest.Create();

        var standard = TemplateSet.Load([UserTemplateFolder.Defaults]).Render("html", model);
        var custom = TemplateSet.Load([UserTemplateFolder.Defaults, _user.Path]).Render("html", model);

        Assert.Contains("<p class=\"mine\">Sample claim.</p>", custom);
        Assert.DoesNotContain("class=\"mine\"", standard);
        // Everything before the first claim card and everything from the full index on is the same.
        var firstCard = (string s) => s.IndexOf("<article class=\"claim\"", StringComparison.Ordinal) is var at and >= 0 ? at : s.IndexOf("<p class=\"mine\">", StringComparison.Ordinal);
        Assert.Equal(standard[..firstCard(standard)], custom[..firstCard(custom)]);
        Assert.Equal(standard[standard.IndexOf("<section id=\"index\"", StringComparison.Ordinal)..],
                     custom[custom.IndexOf("<section id=\"index\"", StringComparison.Ordinal)..]);
    }

    public void Dispose() => _user.Dispose();
}
