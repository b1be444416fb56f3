namespace Processor.Abstractions;

/// <summary>
/// Where an HTML page's markup is: tags, comments, and the elements whose content is never page text (the head,
/// scripts, styles, templates). One set of rules, used by <see cref="DecodedText"/> to strip tags and by
/// <see cref="SourceText.MarkupProblem"/> to prove that a span is text, not markup.
/// </summary>
public static class HtmlMarkup
{
    /// <summary>
    /// Elements whose content is raw text that is never shown as page text. Not noscript: without scripts (as Processor
    /// reads pages) its content is ordinary markup, and some pages keep their whole article there.
    /// </summary>
    private static readonly string[] RawTextElements = ["script", "style", "template", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>
    /// Whether a start tag opens raw text that runs to its end tag (a script, a style, a textarea…). As in browsers, "/&gt;"
    /// does not close such an element — <c>&lt;script src="a.js"/&gt;</c> hides everything up to the next
    /// <c>&lt;/script&gt;</c> — except a title, which pages write inside SVG, where it closes itself.
    /// </summary>
    public static bool OpensRawText(string name, bool selfClosing) => RawTextElements.Contains(name) && !(selfClosing && name == "title");

    /// <summary>
    /// If a tag or comment starts at <paramref name="at"/> (a '&lt;' followed by a letter, '/', '!' or '?'), the index
    /// just after it; else -1. A tag ends at the next '&gt;', a comment at the next "--&gt;"; an unclosed one runs to the end.
    /// </summary>
    public static int TagEnd(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length) return -1;
        var next = text[at + 1];
        if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?')) return -1;
        if (next == '!' && text[(at + 2)..].StartsWith("--", StringComparison.Ordinal))
        {
            var close = text[(at + 4)..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? text.Length : at + 4 + close + 3;
        }
        var end = text[at..].IndexOf('>');
        return end < 0 ? text.Length : at + end + 1;
    }

    /// <summary>
    /// The character ranges of <paramref name="text"/> that are not page text, in order and not overlapping: every tag
    /// and comment, the content of raw-text elements (script, style, title, …), and the head (everything before the
    /// body starts, when the page has a head or a body tag). <c>Hidden</c> marks ranges with content that is not text
    /// (a raw-text element, the head): a span may hold tags, but never those.
    /// </summary>
    public static List<(int Start, int End, bool Hidden)> NonTextRanges(ReadOnlySpan<char> text)
    {
        var ranges = new List<(int Start, int End, bool Hidden)>();
        var bodyStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            var lt = text[i..].IndexOf('<');
            if (lt < 0) break;
            var at = i + lt;
            var end = TagEnd(text, at);
            if (end < 0) { i = at + 1; continue; }
            var name = TagName(text[at..end]);
            if (name is "body" && bodyStart < 0 && text[at + 1] != '/') bodyStart = end;
            var hidden = false;
            if (text[at + 1] != '/' && OpensRawText(name, text[at..end].EndsWith("/>", StringComparison.Ordinal)))
            {
                // The content runs to the matching close tag (or the end of the page).
                var close = IndexOfCloseTag(text, end, name);
                end = close < 0 ? text.Length : TagEnd(text, close) is var e and > 0 ? e : text.Length;
                hidden = true;
            }
            Add(ranges, at, end, hidden);
            i = end;
        }
        // The head: from the start to where the body begins (its tag, or the end of </head> when the body tag is left out).
        if (bodyStart < 0 && IndexOfCloseTag(text, 0, "head") is var headClose and >= 0 && TagEnd(text, headClose) is var h and > 0) bodyStart = h;
        if (bodyStart > 0)
        {
            var merged = new List<(int Start, int End, bool Hidden)>(ranges.Count + 1);
            Add(merged, 0, bodyStart, true);
            foreach (var (s, e, hid) in ranges) Add(merged, s, e, hid);
            ranges = merged;
        }
        return ranges;
    }

    /// <summary>The lower-case name of a start or end tag's text ("&lt;P class=x&gt;" → "p"), or "" for comments and declarations.</summary>
    public static string TagName(ReadOnlySpan<char> tag)
    {
        var from = tag.Length > 1 && tag[1] == '/' ? 2 : 1;
        var to = from;
        while (to < tag.Length && (char.IsAsciiLetterOrDigit(tag[to]) || tag[to] is '-' or ':')) to++;
        if (to == from || !char.IsAsciiLetter(tag[from])) return "";
        // The usual names are one shared string each: a page has thousands of tags, and two strings were made for each.
        return KnownNames.TryGetValue(tag[from..to], out var known) ? known : tag[from..to].ToString().ToLowerInvariant();
    }

    /// <summary>The names of HTML's elements, in lower case, found whatever their case.</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new[]
    {
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "template", "base", "div", "span", "p", "a",
        "br", "hr", "img", "picture", "source", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl",
        "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col", "form", "input", "button",
        "select", "option", "textarea", "label", "fieldset", "legend", "iframe", "svg", "path", "g", "use", "nav", "header",
        "footer", "main", "article", "section", "aside", "address", "time", "strong", "em", "b", "i", "u", "s", "small", "sup",
        "sub", "blockquote", "q", "cite", "code", "pre", "abbr", "mark", "wbr", "video", "audio", "embed", "object", "param",
        "canvas", "details", "summary", "dialog", "font", "center",
    }.Distinct().ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Where the next end tag <c>&lt;/name</c> (any case) starts at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfCloseTag(ReadOnlySpan<char> text, int from, string name)
    {
        var i = from;
        while (i < text.Length)
        {
            var found = text[i..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0) return -1;
            var at = i + found;
            if (text.Length - at - 2 >= name.Length && text.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (at + 2 + name.Length == text.Length || !char.IsAsciiLetterOrDigit(text[at + 2 + name.Length])))
                return at;
            i = at + 2;
        }
        return -1;
    }

    /// <summary>Appends a range (ranges arrive in order), joining it to the last one when they touch.</summary>
    private static void Add(List<(int Start, int End, bool Hidden)> ranges, int start, int end, bool hidden)
    {
        if (ranges.Count > 0 && ranges[^1].End >= start)
        {
            var last = ranges[^1];
            ranges[^1] = (last.Start, Math.Max(last.End, end), last.Hidden || hidden);
        }
        else ranges.Add((start, end, hidden));
    }
}
