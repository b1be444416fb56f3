using Processor.Abstractions;
using Processor.Plugins.Renderer;
using Processor.Plugins.Renderer.Model;
using Processor.Plugins.Renderer.Publishers;
using Processor.Plugins.Renderer.Templates;
using Processor.Plugins.Tests.Support;
using Processor.Testing;

namespace Processor.Plugins.Tests.Renderer;

/// <summary>
/// SDK 2: what another plugin adds to a document's metadata reaches a user's template as <c>doc.metadata</c>, without
/// the SDK's own keys (which are fields of their own), and the HTML template escapes it like every corpus string.
/// </summary>
public sealed class PluginMetadataReachesTemplatesTests : IDisposable
{
    private readonly UserTemplateFolder _user = new();

    [Fact]
    public void ATemplateReadsAnotherPluginsDocumentMetadata()
    {
        var source = TestSource.From("Dock workers walked out on Monday at the port.\n", "port.txt");
        var span = source.SpanOf(0, source.Bytes.Length - 1);
        var sentence = new Sentence($"{source.File.Id}-01.1", source.TextOf(span), span, IsClaim: true);
        var region = MetadataKey.Text("acme.region", "the region the article covers");
        var document = new Document($"{source.File.Id}-01", source.File.Id, span) { Sentences = [sentence] }
            .With(region, "Balkans <east>")
            .With(DocumentMetadata.Publisher, "The Port Times");
        var corpus = new Corpus { Sources = [source.File], Documents = [document], Claims = [Claim.FromSentence(document, sentence)] };

        var (view, _) = new DigestModelBuilder(new RendererOptions(), PublisherDirectory.Empty).Build(corpus, "t", DateTimeOffset.UnixEpoch, _ => source);
        var shown = view.Sources.Single().Documents.Single();
        Assert.Equal(new Dictionary<string, string> { ["acme.region"] = "Balkans <east>" }, shown.Metadata);

        File.WriteAllText(Path.Combine(_user.Path, "digest.html.sbn"),
            "{{ for s in sources }}{{ for doc in s.documents }}<p>{{ doc.metadata[\"acme.region\"] }}</p>{{ end }}{{ end }}\n");
        var html = TemplateSet.Load([UserTemplateFolder.Defaults, _user.Path]).Render("html", view);
        Assert.Contains("<p>Balkans &lt;east&gt;</p>", html);
    }

    public void Dispose() => _user.Dispose();
}
