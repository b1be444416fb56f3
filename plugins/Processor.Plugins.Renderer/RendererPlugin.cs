using Processor.Abstractions;
using Processor.Plugins.Renderer.Publishers;
using Processor.Plugins.Renderer.Templates;

namespace Processor.Plugins.Renderer;

/// <summary>The built-in <c>renderer</c>: the digest as HTML and Markdown (Scriban templates) and JSON.</summary>
public sealed class RendererPlugin : ProcessorPlugin<RendererOptions>
{
    public override string Id => "renderer";

    public override string Description => $"Writes the briefing (self-contained HTML, Markdown with footnotes, JSON; {Json.DigestJsonWriter.Schema}) and the full index (index/*.jsonl)";

    protected override IStage CreateStage(RendererOptions options, IPluginContext context)
    {
        foreach (var format in options.Formats)
            if (OutputFormat.Find(format) is null)
                throw new PluginOptionsException("formats", $"unknown format '{format}'; use any of {string.Join(", ", OutputFormat.Names)}");
        if (options.MaxCitations < 1) throw new PluginOptionsException("max_citations", "must be at least 1");
        if (options.JsonQuotes is not ("all" or "when-different"))
            throw new PluginOptionsException("json_quotes", $"unknown value '{options.JsonQuotes}'; use all or when-different");
        if (options.MaxClaims < 1) throw new PluginOptionsException("max_claims", "must be at least 1");
        if (options.Budget < 100) throw new PluginOptionsException("budget", "must be at least 100 words");
        var publishers = PublisherDirectory.Empty;
        if (options.Publishers is { } named)
        {
            var path = context.ResolvePath(named);
            if (!File.Exists(path)) throw new PluginOptionsException("publishers", $"file not found: {path}");
            publishers = PublisherDirectory.Load(path);
        }
        else if (File.Exists(context.ResolvePath("publishers.yaml"))) publishers = PublisherDirectory.Load(context.ResolvePath("publishers.yaml"));

        string? userFolder = null;
        if (options.Templates is { } folder)
        {
            userFolder = context.ResolvePath(folder);
            if (!Directory.Exists(userFolder)) throw new PluginOptionsException("templates", $"folder not found: {userFolder}");
        }
        // Precedence: the user's folder, then partials other plugins ship, then the renderer's defaults.
        var own = Path.Combine(context.PluginDirectory, "templates");
        var templates = TemplateSet.Load([own, .. context.TemplateDirectories.Where(d => Path.GetFullPath(d) != Path.GetFullPath(own)), .. userFolder is null ? Array.Empty<string>() : [userFolder]]);
        // Parse and dry-run every template now, so template mistakes stop the run before anything is written.
        var problems = templates.Check(options.Formats);
        if (problems.Count > 0) throw new PluginOptionsException("templates", string.Join(Environment.NewLine, problems));
        return new RendererStage(options, templates, publishers);
    }
}
