namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// Builds the tree of a page in one pass over its characters, tolerating what real pages do: implied end tags (p, li,
/// td, option…), void elements, unclosed and stray end tags, raw text in scripts and styles. Cost is linear in the page:
/// nesting deeper than <see cref="MaxDepth"/> is flattened, and an end tag looks at most <see cref="EndTagReach"/>
/// open elements for its match, so 100,000 unclosed or nested elements cost no more than 100,000 siblings.
/// </summary>
internal static class HtmlTreeBuilder
{
    public const int MaxDepth = 256;
    private const int EndTagReach = 48;

    private static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "command", "image"];

    /// <summary>Start tags that close an open paragraph (the HTML standard's list, in short).</summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol",
        "p", "pre", "section", "table", "ul", "li", "dd", "dt", "listing", "summary", "search",
    ];

    /// <summary>Elements a paragraph's implied end does not reach past.</summary>
    private static readonly HashSet<string> Scope = ["td", "th", "table", "caption", "html", "body", "button", "object", "marquee", "applet", "template"];

    public static HtmlNode Build(string page)
    {
        var root = new HtmlNode { Tag = "#document", Start = 0, ContentStart = 0, End = page.Length };
        var open = new List<HtmlNode> { root };
        var i = 0;
        var span = page.AsSpan();
        while (i < page.Length)
        {
            var lt = span[i..].IndexOf('<');
            var textEnd = lt < 0 ? page.Length : i + lt;
            if (textEnd > i) AddText(open, i, textEnd);
            if (lt < 0) break;
            var at = textEnd;
            var end = Processor.Abstractions.HtmlMarkup.TagEnd(span, at);
            if (end < 0)
            {
                // A '<' that starts no tag ("a < b") is text.
                AddText(open, at, at + 1);
                i = at + 1;
                continue;
            }
            i = end;
            var next = page[at + 1];
            if (next is '!' or '?') continue;   // comment, doctype, processing instruction
            if (next == '/')
            {
                CloseTag(open, Processor.Abstractions.HtmlMarkup.TagName(span[at..end]), at, end);
                continue;
            }
            var name = Processor.Abstractions.HtmlMarkup.TagName(span[at..end]);
            if (name.Length == 0) continue;
            ImpliedEnds(open, name, at);
            var parent = open[^1];
            var node = new HtmlNode { Tag = name, Start = at, ContentStart = end, End = end, Parent = parent, Attributes = ParseAttributes(span[at..end], name.Length) };
            parent.Add(node);
            var selfClosing = end - at >= 2 && page[end - 2] == '/';
            if (Void.Contains(name)) continue;
            // The rule of raw text (and of "<script/>", which browsers do not close) is the SDK's, as for span checks.
            if (Processor.Abstractions.HtmlMarkup.OpensRawText(name, selfClosing))
            {
                // The content runs to the matching end tag; it is one text node, never parsed.
                var close = Processor.Abstractions.HtmlMarkup.IndexOfCloseTag(span, end, name);
                var contentEnd = close < 0 ? page.Length : close;
                if (contentEnd > end) node.Add(new HtmlNode { Tag = HtmlNode.TextTag, Start = end, ContentStart = end, End = contentEnd, Parent = node });
                var after = close < 0 ? page.Length : Processor.Abstractions.HtmlMarkup.TagEnd(span, close) is var e and > 0 ? e : page.Length;
                node.End = after;
                i = after;
                continue;
            }
            if (selfClosing) continue;
            if (open.Count < MaxDepth) open.Add(node);
        }
        for (var k = open.Count - 1; k > 0; k--) open[k].End = Math.Max(open[k].End, page.Length);
        return root;
    }

    private static void AddText(List<HtmlNode> open, int start, int end)
    {
        var parent = open[^1];
        // Adjacent runs (a lone '<' between them) are one run.
        if (parent.Children is { Count: > 0 } children && children[^1] is { IsText: true } last && last.End == start)
        {
            last.End = end;
            return;
        }
        parent.Add(new HtmlNode { Tag = HtmlNode.TextTag, Start = start, ContentStart = start, End = end, Parent = parent });
    }

    /// <summary>The end tags a start tag implies: a block closes an open paragraph, an item the previous item, a cell the previous cell.</summary>
    private static void ImpliedEnds(List<HtmlNode> open, string name, int at)
    {
        if (ClosesParagraph.Contains(name)) CloseInScope(open, "p", at);
        switch (name)
        {
            case "li": CloseInScope(open, "li", at, stopAt: ["ul", "ol", "menu"]); break;
            case "dt" or "dd": CloseInScope(open, "dd", at, stopAt: ["dl"]); CloseInScope(open, "dt", at, stopAt: ["dl"]); break;
            case "tr": CloseInScope(open, "td", at, stopAt: ["table"]); CloseInScope(open, "th", at, stopAt: ["table"]); CloseInScope(open, "tr", at, stopAt: ["table"]); break;
            case "td" or "th": CloseInScope(open, "td", at, stopAt: ["tr", "table"]); CloseInScope(open, "th", at, stopAt: ["tr", "table"]); break;
            case "option": CloseInScope(open, "option", at, stopAt: ["select"]); break;
            case "body": CloseInScope(open, "head", at); break;
        }
    }

    private static void CloseInScope(List<HtmlNode> open, string name, int at, string[]? stopAt = null)
    {
        for (var k = open.Count - 1; k > 0 && k >= open.Count - EndTagReach; k--)
        {
            var tag = open[k].Tag;
            if (tag == name)
            {
                PopTo(open, k, at);
                return;
            }
            if (Scope.Contains(tag) || stopAt is not null && Array.IndexOf(stopAt, tag) >= 0) return;
        }
    }

    private static void CloseTag(List<HtmlNode> open, string name, int at, int end)
    {
        if (name.Length == 0) return;
        for (var k = open.Count - 1; k > 0 && k >= open.Count - EndTagReach; k--)
        {
            if (open[k].Tag != name) continue;
            open[k].End = end;
            for (var j = open.Count - 1; j > k; j--) open[j].End = Math.Max(open[j].End, at);
            open.RemoveRange(k, open.Count - k);
            return;
        }
        // No open element of that name nearby: a stray end tag, ignored as browsers do.
    }

    private static void PopTo(List<HtmlNode> open, int k, int at)
    {
        for (var j = open.Count - 1; j >= k; j--) open[j].End = Math.Max(open[j].End, at);
        open.RemoveRange(k, open.Count - k);
    }

    /// <summary>Common attribute names, in lower case, found whatever their case: one shared string each, not two per attribute.</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownAttributes = new[]
    {
        "class", "id", "href", "src", "rel", "alt", "width", "height", "type", "content", "name", "property", "itemprop",
        "itemscope", "itemtype", "lang", "charset", "http-equiv", "target", "datetime", "role", "hidden", "aria-hidden",
        "aria-label", "srcset", "sizes", "loading", "media", "action", "method", "value", "onclick", "data-src", "data-id",
        "tabindex", "border", "align", "valign", "colspan", "rowspan", "cellpadding", "cellspacing", "bgcolor", "color",
        "size", "face", "xmlns", "viewbox", "fill", "d", "async", "defer", "crossorigin", "integrity", "hreflang", "dir",
        "for", "placeholder", "autocomplete", "referrerpolicy", "frameborder", "allowfullscreen", "decoding", "fetchpriority",
        "typeof", "about", "prefix", "pubdate", "nonce", "draggable", "translate", "aria-expanded", "aria-controls", "title", "style",
    }.ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The attributes of a start tag's text (after its name): name="value", name='value', name=value, or a bare name.</summary>
    private static List<KeyValuePair<string, string>>? ParseAttributes(ReadOnlySpan<char> tag, int nameLength)
    {
        List<KeyValuePair<string, string>>? attributes = null;
        var i = 1 + nameLength;
        var end = tag.Length - 1;   // the '>'
        while (i < end)
        {
            while (i < end && (char.IsWhiteSpace(tag[i]) || tag[i] == '/')) i++;
            var nameStart = i;
            while (i < end && !char.IsWhiteSpace(tag[i]) && tag[i] is not ('=' or '>' or '/')) i++;
            if (i == nameStart) { i++; continue; }
            var name = KnownAttributes.TryGetValue(tag[nameStart..i], out var known) ? known : tag[nameStart..i].ToString().ToLowerInvariant();
            while (i < end && char.IsWhiteSpace(tag[i])) i++;
            var value = "";
            if (i < end && tag[i] == '=')
            {
                i++;
                while (i < end && char.IsWhiteSpace(tag[i])) i++;
                if (i < end && tag[i] is '"' or '\'')
                {
                    var quote = tag[i];
                    var close = tag[(i + 1)..end].IndexOf(quote);
                    var valueEnd = close < 0 ? end : i + 1 + close;
                    value = tag[(i + 1)..valueEnd].ToString();
                    i = valueEnd + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < end && !char.IsWhiteSpace(tag[i])) i++;
                    value = tag[valueStart..i].ToString();
                }
            }
            (attributes ??= []).Add(new(name, System.Net.WebUtility.HtmlDecode(value)));
        }
        return attributes;
    }
}
