using Processor.Plugins.Renderer.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Processor.Plugins.Renderer.Templates;

/// <summary>
/// The digest templates: the defaults shipped with the renderer, each replaceable by a file of the same
/// relative name in the user's template folder. Partials live in <c>partials/</c> and are rendered with
/// <c>{{ partial "name" }}</c>.
/// </summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;
    private readonly List<string> _parseErrors;

    private TemplateSet(Dictionary<string, Template> templates, List<string> parseErrors)
    {
        _templates = templates;
        _parseErrors = parseErrors;
    }

    /// <summary>Where each template came from (relative name → full path), for messages and docs.</summary>
    public Dictionary<string, string> Origins { get; } = [];

    /// <summary>Loads templates from <paramref name="folders"/>; a later folder's file replaces an earlier one of the same name.</summary>
    public static TemplateSet Load(IEnumerable<string?> folders)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (folder is null || !Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.sbn", SearchOption.AllDirectories))
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = file;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = new List<string>();
        var set = new TemplateSet(templates, errors);
        foreach (var (name, path) in files)
        {
            set.Origins[name] = path;
            var template = Template.Parse(File.ReadAllText(path), name);
            foreach (var message in template.Messages)
                errors.Add(TemplateProblem.Format(message.Span, message.Message, name));
            templates[name] = template;
        }
        return set;
    }

    /// <summary>Every parse error, and every error a dry run against a sample digest finds (unknown variables and members).</summary>
    public List<string> Check(IEnumerable<string> formats)
    {
        var problems = new List<string>(_parseErrors);
        if (problems.Count > 0) return problems;
        foreach (var format in formats)
        {
            if (OutputFormat.Find(format) is not { Template: { } template } spec) continue;
            if (!_templates.ContainsKey(template))
            {
                problems.Add($"{template}: error: template not found (needed for format '{format}')");
                continue;
            }
            try { Render(spec, SampleDigest.Create()); }
            catch (TemplateRenderException e) { problems.Add(e.Message); }
        }
        return problems;
    }

    /// <summary>Renders the digest in <paramref name="format"/>; template mistakes throw <see cref="TemplateRenderException"/>.</summary>
    public string Render(string format, DigestView model) =>
        Render(OutputFormat.Find(format) ?? throw new ArgumentException($"unknown format '{format}'", nameof(format)), model);

    /// <summary>Renders the digest in <paramref name="format"/>; template mistakes throw <see cref="TemplateRenderException"/>.</summary>
    public string Render(OutputFormat format, DigestView model)
    {
        var template = format.Template ?? throw new ArgumentException($"format '{format.Name}' has no template", nameof(format));
        var context = new EscapingTemplateContext(format.Escaping)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Scriban's defaults cap loops at 1,000 iterations and silently truncate output at 1M characters;
            // a digest is bigger than that, and a truncated digest must never be written.
            LoopLimit = 0,
            LimitToString = 0,
            OutputLimit = 0,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        var globals = new ScriptObject();
        globals.Import(model);
        globals.Import("partial", new Func<TemplateContext, string, RenderedPartial>(RenderPartial));
        globals.Import("has_partial", new Func<TemplateContext, string, bool>(HasPartial));
        context.PushGlobal(globals);
        try
        {
            return _templates[template].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(TemplateProblem.Format(e.Span, e.OriginalMessage, template), e);
        }
    }

    private bool HasPartial(TemplateContext context, string name) => _templates.ContainsKey(PartialKey(context, name));

    private static string PartialKey(TemplateContext context, string name) =>
        $"partials/{name}{(((EscapingTemplateContext)context).Escaping == OutputEscaping.Html ? ".html.sbn" : ".md.sbn")}";

    private RenderedPartial RenderPartial(TemplateContext context, string name)
    {
        var key = PartialKey(context, name);
        if (!_templates.TryGetValue(key, out var template))
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"partial '{name}' not found (looked for templates/{key})");
        // The partial renders into an output of its own, already escaped; the caller writes it through unchanged.
        context.PushOutput();
        try
        {
            return new RenderedPartial(template.Render(context) ?? "");
        }
        finally
        {
            context.PopOutput();
        }
    }
}
