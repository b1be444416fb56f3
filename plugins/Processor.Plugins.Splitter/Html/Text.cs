using System.Text;

namespace Processor.Plugins.Splitter.Html;

/// <summary>The visible text of an element, for metadata (not for spans: those come from the source's own decoding).</summary>
internal static class Text
{
    /// <summary>The element's text: its text runs (not scripts or styles) with entities decoded and white space folded.</summary>
    public static string Of(HtmlNode node, string page, bool includeRaw = false)
    {
        var text = new StringBuilder();
        if (node.Children is not null)
            foreach (var d in node.Descendants())
            {
                if (!d.IsText) continue;
                if (!includeRaw && d.Parent is { } p && Boilerplate.IsNeverText(p) && p.Tag != "title") continue;
                text.Append(page, d.Start, d.End - d.Start).Append(' ');
            }
        return Fold(System.Net.WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>The raw content of an element holding raw text (a script).</summary>
    public static string Raw(HtmlNode node, string page) =>
        node.Children is [{ IsText: true } only] ? page.Substring(only.Start, only.End - only.Start) : "";

    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = result.Length > 0; continue; }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
