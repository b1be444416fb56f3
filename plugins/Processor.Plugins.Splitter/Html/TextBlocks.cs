namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// The blocks of text inside the main-content elements, in page order. Inline elements (links, emphasis, spans) stay
/// inside a block; every other element, a line break and anything removed end one, so a block's characters are always
/// contiguous page text and its span never covers removed text.
/// </summary>
internal static class TextBlocks
{
    private static readonly HashSet<string> Inline =
    [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ];

    /// <summary>Marks the link-heavy parts of the containers as removed: menus, tag lists, "related" link lists, link farms.</summary>
    public static void PruneLinkHeavy(IEnumerable<HtmlNode> containers)
    {
        foreach (var container in containers)
        {
            var stack = new Stack<HtmlNode>();
            if (container.Children is not null) foreach (var c in container.Children) stack.Push(c);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.IsText || node.Removed) continue;
                if (node.Tag is "ul" or "ol" or "dl" or "div" or "section" or "p" or "table" or "header" or "li" or "span" && IsLinkHeavy(node))
                {
                    node.Removed = true;
                    continue;
                }
                if (node.Children is not null) foreach (var c in node.Children) stack.Push(c);
            }
        }
    }

    /// <summary>Trafilatura's link-density rules, in short: short blocks mostly of links, and link farms of any length.</summary>
    private static bool IsLinkHeavy(HtmlNode node)
    {
        if (node.Links == 0 || node.TextLength == 0) return node.Links > 0 && node.TextLength == 0 && node.Tag is "ul" or "ol";
        double text = node.TextLength, links = node.LinkTextLength;
        if (node.Links == 1 && links > 100 && links > 0.9 * text) return true;
        var limit = node.Tag == "p" ? 60 : node.Tag == "li" ? 100 : 200;
        if (text < limit) return links > 0.8 * text || node.Links > 1 && node.ShortLinks > 0.8 * node.Links;
        // A link farm: many links making most of the text, each short (a list of article cards is not one).
        return node.Links > 4 && links > 0.7 * text && links < 100.0 * node.Links;
    }

    public static List<TextBlock> Extract(IEnumerable<HtmlNode> containers, string page)
    {
        var blocks = new List<TextBlock>();
        var walker = new Walker(page, blocks);
        foreach (var container in containers) walker.Visit(container, KindOf(container.Tag) ?? BlockKind.Text);
        walker.Flush();
        // A heading with nothing after it belongs to whatever the page shows next, not to this text.
        while (blocks.Count > 0 && blocks[^1].Kind == BlockKind.Heading) blocks.RemoveAt(blocks.Count - 1);
        return blocks;
    }

    private static BlockKind? KindOf(string tag) => tag switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "td" or "th" or "caption" => BlockKind.Cell,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Code,
        "p" or "div" or "section" or "article" or "main" or "address" or "center" or "header" or "summary" or "details" => BlockKind.Text,
        _ => null,
    };

    private sealed class Walker(string page, List<TextBlock> blocks)
    {
        private int _start = -1;
        private int _end;
        private int _letters;
        private BlockKind _kind;

        public void Visit(HtmlNode node, BlockKind kind)
        {
            if (node.Removed || Boilerplate.IsNeverText(node)) { Flush(); return; }
            if (node.IsText)
            {
                Add(node, kind);
                return;
            }
            if (node.Tag is "br" or "hr") { Flush(); return; }
            if (Inline.Contains(node.Tag))
            {
                if (node.Children is not null) foreach (var child in node.Children) Visit(child, kind);
                return;
            }
            Flush();
            var inner = KindOf(node.Tag) is { } own && !(own == BlockKind.Text && kind != BlockKind.Text) ? own : kind;
            if (node.Children is not null) foreach (var child in node.Children) Visit(child, inner);
            Flush();
        }

        private void Add(HtmlNode text, BlockKind kind)
        {
            var span = page.AsSpan(text.Start, text.End - text.Start);
            var first = span.IndexOfAnyExcept(" \t\r\n\f\v");
            if (first < 0)
            {
                // White space between inline elements stays inside the run; it only matters if text follows.
                return;
            }
            var last = span.LastIndexOfAnyExcept(" \t\r\n\f\v");
            if (_start < 0)
            {
                _start = text.Start + first;
                _kind = kind;
            }
            _end = text.Start + last + 1;
            _letters += text.TextLength;
        }

        public void Flush()
        {
            if (_start >= 0 && _letters > 0) blocks.Add(new TextBlock(_start, _end, _kind, _letters));
            _start = -1;
            _letters = 0;
        }
    }
}
