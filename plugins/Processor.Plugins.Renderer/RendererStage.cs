using Processor.Abstractions;
using Processor.Plugins.Renderer.Json;
using Processor.Plugins.Renderer.Model;
using Processor.Plugins.Renderer.Publishers;
using Processor.Plugins.Renderer.Templates;

namespace Processor.Plugins.Renderer;

/// <summary>
/// Renders every requested format into memory first and writes files only when all succeeded, into
/// the host's staging folder (which the host moves into place atomically): the briefing (digest.html, digest.md,
/// digest.json) and the full index (index/*.jsonl).
/// </summary>
internal sealed class RendererStage(RendererOptions options, TemplateSet templates, PublisherDirectory publishers) : IOutputStage
{
    public void Write(Corpus corpus, IOutputContext context)
    {
        var title = options.Title ?? context.PipelineName;
        var (model, ranking) = new DigestModelBuilder(options, publishers).Build(corpus, title, context.RunStarted, context.OpenSource);
        // The full index does not depend on the templates: written beside them, on the other core.
        var indexing = options.Index ? Task.Run(() => IndexWriter.Write(context.OutputDirectory, corpus, ranking)) : Task.FromResult(new List<string>());
        try
        {
            var rendered = new List<(string File, string Text)>();
            foreach (var format in OutputFormat.Templated.Where(f => options.Formats.Contains(f.Name)))
                rendered.Add((format.File, templates.Render(format, model)));
            foreach (var (file, text) in rendered)
                File.WriteAllText(Path.Combine(context.OutputDirectory, file), text);
        }
        finally
        {
            // Never leave it writing into the output folder after this stage has failed: wait, without masking the failure.
            ((IAsyncResult)indexing).AsyncWaitHandle.WaitOne();
        }
        var index = indexing.GetAwaiter().GetResult();
        if (options.Formats.Contains(OutputFormat.Json))
        {
            using var stream = File.Create(Path.Combine(context.OutputDirectory, OutputFormat.Find(OutputFormat.Json)!.File));
            DigestJsonWriter.Write(stream, corpus, model, ranking, index, quotesWhenDifferentOnly: options.JsonQuotes == "when-different");
        }
        context.Info($"wrote {string.Join(", ", options.Formats)}: a briefing of {model.Stories.Count} of {model.Overview.Stories} stories and {model.Claims.Count} claims" +
                     (index.Count > 0 ? $"; the full index in {IndexWriter.Folder}/ ({corpus.Claims.Length} claims)" : ""));
    }
}
