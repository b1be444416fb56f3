using System.Net;
using System.Text;
using Scriban;
using Scriban.Parsing;

namespace Processor.Plugins.Renderer.Templates;

/// <summary>
/// Escapes every value a template writes, so corpus text can never inject markup: HTML-encoded for
/// HTML, backslash-escaped and folded onto one line for Markdown. Scriban itself escapes nothing, and
/// relying on every template author to remember <c>| html.escape</c> is how injections happen.
/// Only partials rendered by <c>partial</c> (already escaped) pass through.
/// </summary>
internal sealed class EscapingTemplateContext(OutputEscaping escaping) : TemplateContext
{
    public OutputEscaping Escaping => escaping;

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            RenderedPartial partial => base.Write(span, partial.Text),
            null => this,
            bool or int or long or double or float or decimal => base.Write(span, textAsObject),
            _ => base.Write(span, Escape(ObjectToString(textAsObject) ?? "")),
        };

    public string Escape(string text) => escaping == OutputEscaping.Html ? WebUtility.HtmlEncode(text) : EscapeMarkdown(text);

    private static string EscapeMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '{' or '}' or '!' or '~' or '^':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
