namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// One element or run of text of a page, with its place in the page's characters. Text runs are never moved or merged
/// (unlike a browser's tree, which re-parents misnested markup), so source order is document order and every run maps
/// back to its bytes.
/// </summary>
internal sealed class HtmlNode
{
    /// <summary>The tag name in lower case, or <see cref="TextTag"/> for a run of text.</summary>
    public required string Tag { get; init; }

    public const string TextTag = "#text";

    /// <summary>First character: the '&lt;' of the start tag, or the first character of a text run.</summary>
    public int Start { get; init; }

    /// <summary>After the start tag (where an element's content begins).</summary>
    public int ContentStart { get; init; }

    /// <summary>After the last character (the end tag's '&gt;' when it has one).</summary>
    public int End { get; set; }

    public HtmlNode? Parent { get; init; }

    public List<HtmlNode>? Children { get; private set; }

    /// <summary>Attributes in source order (names lower-case), or null.</summary>
    public List<KeyValuePair<string, string>>? Attributes { get; init; }

    /// <summary>Left out of the page text (boilerplate, hidden, or an element that never holds text).</summary>
    public bool Removed { get; set; }

    /// <summary>Letters and digits of the visible text below (filled by <see cref="PageText"/>).</summary>
    public int TextLength { get; set; }

    /// <summary>Letters and digits of the visible text below that sit inside links.</summary>
    public int LinkTextLength { get; set; }

    /// <summary>True when an h1 is below (set by <see cref="PageFacts.Gather"/>).</summary>
    public bool HoldsHeadline { get; set; }

    /// <summary>Commas in the visible text below (Readability counts them as a sign of prose).</summary>
    public int Commas { get; set; }

    /// <summary>Links below (with or without text).</summary>
    public int Links { get; set; }

    /// <summary>Links below whose text is short (a few words): menus and tag clouds are made of them.</summary>
    public int ShortLinks { get; set; }

    public bool IsText => ReferenceEquals(Tag, TextTag);

    public void Add(HtmlNode child) => (Children ??= []).Add(child);

    public string? Attribute(string name)
    {
        if (Attributes is null) return null;
        foreach (var (key, value) in Attributes)
            if (key == name) return value;
        return null;
    }

    /// <summary>The id and class attributes together, for the boilerplate and content patterns.</summary>
    public string IdAndClass => _idAndClass ??= (Attribute("id"), Attribute("class")) switch
    {
        (null, null) => "",
        (var id, null) => id,
        (null, var cls) => cls,
        var (id, cls) => id + " " + cls,
    };

    /// <summary>
    /// The words of <see cref="IdAndClass"/> (<see cref="Boilerplate.Split"/>), found once: the content, widget, byline and
    /// date rules all ask about them, node by node and ancestor by ancestor (split afresh each time, they were a third of
    /// what reading a page allocated).
    /// </summary>
    public string[] Words => _words ??= IdAndClass.Length == 0 ? [] : [.. Boilerplate.Split(IdAndClass)];

    private string? _idAndClass;
    private string[]? _words;

    /// <summary>True when <paramref name="ancestor"/> holds this node (at any depth).</summary>
    public bool IsInside(HtmlNode ancestor)
    {
        for (var p = Parent; p is not null; p = p.Parent)
            if (p == ancestor) return true;
        return false;
    }

    public IEnumerable<HtmlNode> Ancestors()
    {
        for (var p = Parent; p is not null; p = p.Parent) yield return p;
    }

    /// <summary>Every node below, in document order, without recursion (pages nest arbitrarily deep).</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        if (Children is null) yield break;
        var stack = new Stack<(HtmlNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (node.Children is null || next >= node.Children.Count) continue;
            stack.Push((node, next + 1));
            var child = node.Children[next];
            yield return child;
            if (child.Children is not null) stack.Push((child, 0));
        }
    }

    public override string ToString() => IsText ? $"#text[{Start},{End})" : $"<{Tag} {IdAndClass}>[{Start},{End})";
}
