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

    /// <summary>
    /// Marks the link-heavy parts of the containers as removed: menus, tag lists, "related" link lists, link farms. A
    /// container that is links through and through (a post that is a list of links) is left whole: the links are its text.
    /// </summary>
    public static void PruneLinkHeavy(IEnumerable<HtmlNode> containers)
    {
        foreach (var container in containers)
        {
            var heavy = new List<HtmlNode>();
            var stack = new Stack<HtmlNode>();
            if (container.Children is not null) foreach (var c in container.Children) stack.Push(c);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.IsText || node.Removed) continue;
                if (node.Tag is "ul" or "ol" or "dl" or "div" or "section" or "p" or "table" or "header" or "li" or "span" && IsLinkHeavy(node))
                {
                    heavy.Add(node);
                    continue;
                }
                if (node.Children is not null) foreach (var c in node.Children) stack.Push(c);
            }
            if (heavy.Sum(h => h.TextLength) > 0.6 * container.TextLength) continue;
            foreach (var node in heavy) node.Removed = true;
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
        CutSeeAlso(blocks, page);
        // At the end: a heading with nothing after it belongs to whatever the page shows next, and a fragment of a few
        // words that is no sentence ("PDF", "Print", "No comments") is a control, not text.
        while (blocks.Count > 1 && (blocks[^1].Kind == BlockKind.Heading || IsFragment(blocks[^1], page))) blocks.RemoveAt(blocks.Count - 1);
        return blocks;
    }

    /// <summary>
    /// Where the article hands over to links elsewhere ("Read more", "See also", "À lire aussi", "Lesen Sie auch"), the
    /// rest is not its text: a short block saying so, in the last third of the text, ends the blocks.
    /// </summary>
    private static void CutSeeAlso(List<TextBlock> blocks, string page)
    {
        var total = blocks.Sum(b => b.Letters);
        var seen = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            seen += blocks[i].Letters;
            if (blocks[i].Letters > 60 || seen - blocks[i].Letters < 0.66 * total) continue;
            var text = PlainText(blocks[i], page).ToLowerInvariant().TrimEnd(':', ' ', '.', '…');
            if (SeeAlso.Any(p => text == p || text.StartsWith(p + " ", StringComparison.Ordinal) && text.Length <= p.Length + 20))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }
        }
    }

    /// <summary>How pages in the languages of the web introduce links to their other pages.</summary>
    private static readonly string[] SeeAlso =
    [
        "read more", "read also", "see also", "related", "related articles", "related posts", "related stories", "more on this", "more from",
        "you may also like", "you might also like", "recommended", "recommended for you", "more stories", "further reading", "also read",
        "à lire aussi", "lire aussi", "a lire aussi", "vous aimerez aussi", "sur le même sujet", "voir aussi",
        "zobacz również", "zobacz także", "czytaj też", "czytaj także", "przeczytaj też",
        "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "das thema könnte dich auch interessieren", "weitere artikel", "weiterführende links",
        "weiterführender link", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "passend zum thema", "mehr dazu",
        "leggi anche", "potrebbe interessarti", "ver también", "lee también", "te puede interesar", "leia também", "veja também",
        "lees ook", "meer over", "läs också", "les også", "lue myös",
    ];

    /// <summary>A few words without a sentence's end: a label or a control.</summary>
    private static bool IsFragment(TextBlock block, string page)
    {
        if (block.Letters > 30) return false;
        var text = PlainText(block, page).Trim();
        return text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && text[^1] is not ('.' or '!' or '?' or '"' or '”' or '»' or ')');
    }

    /// <summary>A block's text for these checks only (tags dropped, entities decoded).</summary>
    private static string PlainText(TextBlock block, string page)
    {
        var raw = page.AsSpan(block.Start, block.End - block.Start);
        var text = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '<' && Processor.Abstractions.HtmlMarkup.TagEnd(raw, i) is var end and > 0) { i = end - 1; continue; }
            text.Append(raw[i]);
        }
        return Text.Fold(System.Net.WebUtility.HtmlDecode(text.ToString()));
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
