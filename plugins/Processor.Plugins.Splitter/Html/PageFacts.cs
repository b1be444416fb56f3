using System.Text.Json;

namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// Everything a page declares about itself, gathered in one walk of its tree: meta tags by name, property, itemprop and
/// http-equiv; the title; canonical address; JSON-LD objects; itemprop elements; headings; time elements; and the
/// elements a byline or a date line usually sits in. <see cref="PageMetadataReader"/> decides between them.
/// </summary>
internal sealed class PageFacts
{
    /// <summary>Meta values by lower-case key ("og:title", "author", "article:published_time", "itemprop:datepublished").</summary>
    public Dictionary<string, List<string>> Meta { get; } = new(StringComparer.Ordinal);

    public string? TitleElement { get; set; }
    public string? Canonical { get; set; }
    public string? Language { get; set; }
    public List<JsonElement> JsonLd { get; } = [];
    public List<(HtmlNode Node, string Text)> Headings1 { get; } = [];
    public List<(HtmlNode Node, string Text)> NamedTitles { get; } = [];
    public List<(HtmlNode Node, string Itemprop)> ItemProps { get; } = [];
    public List<HtmlNode> Times { get; } = [];
    public List<HtmlNode> Bylines { get; } = [];
    public List<HtmlNode> DateLines { get; } = [];

    /// <summary>Links to an author's page ("/author/…", "/autoren/…", "/staff/…"), wherever they stand.</summary>
    public List<HtmlNode> AuthorLinks { get; } = [];

    /// <summary>Elements a Creative Commons notice marks as the work's author (rel or property "cc:attributionURL/Name").</summary>
    public List<HtmlNode> Attributions { get; } = [];

    /// <summary>Bylines written out in the text ("Posted by …", "Autor: …"), with the element the label sits in.</summary>
    public List<(HtmlNode Node, string Text)> LabelledBylines { get; } = [];

    public string? First(string key) => Meta.TryGetValue(key, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    public static PageFacts Gather(HtmlNode root, string page)
    {
        var facts = new PageFacts();
        var labelled = new LabelledBylineReader(facts.LabelledBylines, page);
        foreach (var node in root.Descendants())
        {
            labelled.Next(node);
            if (node.IsText) continue;
            switch (node.Tag)
            {
                case "html":
                    facts.Language ??= node.Attribute("lang") ?? node.Attribute("xml:lang");
                    break;
                case "meta":
                    var content = node.Attribute("content") ?? node.Attribute("datetime");
                    if (content is null) break;
                    foreach (var kind in new[] { "name", "property", "itemprop", "http-equiv" })
                        if (node.Attribute(kind) is { Length: > 0 } key)
                        {
                            var k = (kind is "itemprop" ? "itemprop:" : kind is "http-equiv" ? "http-equiv:" : "") + key.Trim().ToLowerInvariant();
                            if (!facts.Meta.TryGetValue(k, out var list)) facts.Meta[k] = list = [];
                            list.Add(System.Net.WebUtility.HtmlDecode(content).Trim());
                        }
                    break;
                case "title" when facts.TitleElement is null && !node.Ancestors().Any(a => a.Tag == "svg"):
                    facts.TitleElement = Text.Of(node, page, includeRaw: true);
                    break;
                case "link" when node.Attribute("rel") is { } rel && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase):
                    facts.Canonical ??= node.Attribute("href");
                    break;
                case "script" when node.Attribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    ReadJsonLd(Text.Raw(node, page), facts.JsonLd);
                    break;
                case "h1":
                    facts.Headings1.Add((node, HeadlineText(node, page)));
                    for (var a = node.Parent; a is not null && !a.HoldsHeadline; a = a.Parent) a.HoldsHeadline = true;
                    break;
                case "time":
                    facts.Times.Add(node);
                    break;
            }
            if (node.Tag is "h1" or "h2" or "h3" && node.Words.Any(w => w is "title" or "headline" or "entrytitle" or "posttitle")
                || node.Attribute("itemprop") is "headline")
                facts.NamedTitles.Add((node, Text.Of(node, page)));
            if (node.Attribute("itemprop") is { Length: > 0 } itemprop && node.Tag != "meta") facts.ItemProps.Add((node, itemprop));
            if (IsByline(node)) facts.Bylines.Add(node);
            if (node.Tag == "a" && node.Attribute("href") is { } href && IsAuthorPage(href)) facts.AuthorLinks.Add(node);
            if (node.Tag != "meta" && (node.Attribute("rel") ?? node.Attribute("property"))?.Contains("cc:attribution", StringComparison.OrdinalIgnoreCase) == true)
                facts.Attributions.Add(node);
            if (IsDateLine(node)) facts.DateLines.Add(node);
        }
        labelled.Finish();
        return facts;
    }

    /// <summary>Words of the parts of a headline element that are not the headline: kickers, overlines, dates.</summary>
    private static readonly HashSet<string> KickerWords =
        ["kicker", "overline", "topline", "toptitle", "dachzeile", "roofline", "eyebrow", "supertitle", "suptitle", "pretitle", "rubric", "label", "date", "time", "category", "kategorie", "spitzmarke", "colon",
         "subheadline", "subheading", "sub", "h1small"];

    /// <summary>An h1's text without its kicker ("Interne Unterlagen im Netz" above "Daten von Rheinmetall gehackt").</summary>
    private static string HeadlineText(HtmlNode h1, string page)
    {
        if (h1.Children is null || h1.Children.All(c => c.IsText)) return Text.Of(h1, page);
        var kickers = h1.Children.Where(c => !c.IsText && c.Tag is not "a" && c.Words.Any(KickerWords.Contains)).ToList();
        if (kickers.Count == 0) return Text.Of(h1, page);
        var text = new System.Text.StringBuilder();
        foreach (var child in h1.Children)
            if (!kickers.Contains(child)) text.Append(child.IsText ? System.Net.WebUtility.HtmlDecode(page[child.Start..child.End]) : Text.Of(child, page)).Append(' ');
        var result = Text.Fold(text.ToString()).Trim(' ', ':');
        return result.Length > 2 ? result : Text.Of(h1, page);
    }

    private static bool IsByline(HtmlNode node)
    {
        if (node.Tag is "script" or "style" or "meta" or "link" or "img") return false;
        if (node.Attribute("rel") is { } rel && rel.Split(' ').Contains("author")) return true;
        foreach (var word in node.Words)
            if (word is "author" or "authors" or "byline" or "autor" or "auteur" or "autore" or "writer" or "authorname" or "author-name" or "username"
                || word.StartsWith("byline", StringComparison.Ordinal) || word.StartsWith("author", StringComparison.Ordinal) && word.Length <= 12)
                return true;
        return false;
    }

    /// <summary>
    /// An address of an author's page: a path segment that names authors, followed by the author's own segment (a name,
    /// not a date: "/journalist/2012-06/…" is a section's article).
    /// </summary>
    public static bool IsAuthorPage(string href)
    {
        foreach (var segment in AuthorSegments)
        {
            var at = href.IndexOf(segment, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + segment.Length < href.Length && char.IsLetter(href[at + segment.Length])) return true;
        }
        return false;
    }

    private static readonly string[] AuthorSegments = ["/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/autore/", "/writers/", "/staff/"];

    private static bool IsDateLine(HtmlNode node)
    {
        if (node.Tag is "script" or "style" or "meta" or "link" or "img" or "html" or "body") return false;
        foreach (var word in node.Words)
            if (word is "date" or "time" or "published" or "pubdate" or "posted" or "postdate" or "datetime" or "timestamp" or "entrydate"
                or "publish" or "created" or "datum" or "fecha" or "data" or "dateline" or "meta" or "postmeta" or "byline" or "info" or "submitted")
                return true;
        return false;
    }

    /// <summary>
    /// The first JSON value of a JSON-LD block, whatever follows it: sites leave a stray closing brace or a second object
    /// after the first ("Extra data" to a strict parser), as browsers' and search engines' lenient readers accept. A block
    /// that is broken before its first value ends says nothing.
    /// </summary>
    private static void ReadJsonLd(string json, List<JsonElement> into)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json),
                new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            Collect(document.RootElement.Clone(), into, 0);
        }
        catch (JsonException) { /* a broken JSON-LD block says nothing */ }
    }

    /// <summary>Every object of a JSON-LD block: top level, in arrays and in @graph.</summary>
    private static void Collect(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 8) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, into, depth + 1);
                break;
            case JsonValueKind.Object:
                into.Add(element);
                if (element.TryGetProperty("@graph", out var graph)) Collect(graph, into, depth + 1);
                if (element.TryGetProperty("mainEntity", out var main)) Collect(main, into, depth + 1);
                break;
        }
    }
}
