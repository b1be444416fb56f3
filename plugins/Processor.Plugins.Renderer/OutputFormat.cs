using Processor.Plugins.Renderer.Templates;

namespace Processor.Plugins.Renderer;

/// <summary>
/// One format the renderer writes: its name in <c>formats:</c>, its file, and the template that makes it (null for JSON,
/// which is written directly). <see cref="All"/> is the one table of formats: options, checks and writing read it.
/// </summary>
internal sealed record OutputFormat(string Name, string File, string? Template, OutputEscaping Escaping)
{
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Json = "json";

    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new(Html, "digest.html", "digest.html.sbn", OutputEscaping.Html),
        new(Markdown, "digest.md", "digest.md.sbn", OutputEscaping.Markdown),
        new(Json, "digest.json", null, OutputEscaping.None),
    ];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    /// <summary>The format named <paramref name="name"/>, or null.</summary>
    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The formats made from a template.</summary>
    public static IEnumerable<OutputFormat> Templated => All.Where(f => f.Template is not null);
}
