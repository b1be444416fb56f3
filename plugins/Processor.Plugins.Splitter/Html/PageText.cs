namespace Processor.Plugins.Splitter.Html;

/// <summary>Counts, bottom-up, how much visible text and link text every element holds (removed elements count nothing).</summary>
internal static class PageText
{
    /// <summary>A link with at most this many letters is "short" (a menu entry, a tag).</summary>
    private const int ShortLink = 25;

    public static void Measure(HtmlNode root, string page)
    {
        // Post-order without recursion: children before parents.
        var order = new List<HtmlNode>();
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            order.Add(node);
            if (node.Children is null) continue;
            foreach (var child in node.Children) stack.Push(child);
        }
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var node = order[k];
            if (node.Removed) { node.TextLength = node.LinkTextLength = node.Links = node.ShortLinks = node.Commas = 0; continue; }
            if (node.IsText)
            {
                // A script's or style's content is text to the tree but never to the reader.
                if (node.Parent is { } p && Boilerplate.IsNeverText(p)) continue;
                var run = page.AsSpan(node.Start, node.End - node.Start);
                node.TextLength = Letters(run);
                node.Commas = run.Count(',') + run.Count('،') + run.Count('，');
                continue;
            }
            int text = 0, links = 0, count = 0, shortLinks = 0, commas = 0;
            if (node.Children is not null)
                foreach (var child in node.Children)
                {
                    text += child.TextLength;
                    links += child.LinkTextLength;
                    count += child.Links;
                    shortLinks += child.ShortLinks;
                    commas += child.Commas;
                }
            node.Commas = commas;
            if (node.Tag == "a")
            {
                links = text;
                count++;
                if (text <= ShortLink) shortLinks++;
            }
            (node.TextLength, node.LinkTextLength, node.Links, node.ShortLinks) = (text, links, count, shortLinks);
        }
    }

    /// <summary>Letters and digits (entities count as one character, roughly).</summary>
    public static int Letters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) n++;
        return n;
    }

    public static double LinkDensity(HtmlNode node) => node.TextLength == 0 ? 0 : (double)node.LinkTextLength / node.TextLength;
}
