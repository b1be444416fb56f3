using Processor.Abstractions;
using Processor.Plugins.Renderer;
using Processor.Testing;

namespace Processor.Plugins.Tests.Renderer;

public sealed class TemplateErrorsAreLocatedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("processor-templates").FullName;

    private string Problems()
    {
        var options = new RendererOptions { Templates = _folder };
        var e = Assert.Throws<PluginOptionsException>(() => new RendererPlugin().CreateStage(options, new FakePluginContext { PluginDirectory = AppContext.BaseDirectory }));
        Assert.Equal("templates", e.Option);
        return e.Message;
    }

    [Fact]
    public void ASyntaxErrorIsReportedWithFileLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_folder, "digest.md.sbn"), "# {{ title }}\n{{ for claim in claims }}\n{{ claim.text\n");
        Assert.Matches(@"digest\.md\.sbn\(3,\d+\): error: ", Problems());
    }

    [Fact]
    public void AnUnknownVariableIsReportedBeforeAnythingIsWritten()
    {
        File.WriteAllText(Path.Combine(_folder, "digest.md.sbn"), "# {{ title }}\n\n{{ titel }}\n");
        Assert.Matches(@"digest\.md\.sbn\(3,4\): error: .*titel", Problems());
    }

    [Fact]
    public void AnUnknownMemberIsReportedInsteadOfRenderingEmpty()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "partials"));
        File.WriteAllText(Path.Combine(_folder, "partials", "claim.html.sbn"), "<p>{{ claim.txet }}</p>\n");
        Assert.Matches(@"partials/claim\.html\.sbn\(1,\d+\): error: .*txet", Problems());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
