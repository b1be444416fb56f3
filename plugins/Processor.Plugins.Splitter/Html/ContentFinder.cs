namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// Finds the elements that hold a page's main text. First by name, in groups from the most to the least specific (the
/// markup of article bodies in CMS themes: itemprop=articleBody and "entry-content"; then &lt;article&gt;; then
/// "story", "post", "main-content"; then &lt;main&gt;); then, when no named element holds enough text, by scoring the
/// page as Readability does: every paragraph gives points to its parent and grandparent, links take them away.
/// </summary>
internal static class ContentFinder
{
    /// <summary>Letters a named candidate must hold to be taken for the main text.</summary>
    public const int MinText = 200;

    private static readonly HashSet<string> ContainerTags = ["article", "div", "main", "section", "td", "span", "font", "center", "blockquote"];

    private static readonly HashSet<string> BodyFirst = ["entry", "article", "post", "story", "blog", "news", "page", "single", "item", "main", "td", "node", "field"];
    private static readonly HashSet<string> BodySecond = ["content", "body", "text", "entry", "inner", "copy", "fulltext", "bodytext", "textbody"];
    private static readonly HashSet<string> BodyWhole =
        ["articlebody", "postbody", "entrycontent", "postcontent", "storybody", "articletext", "fulltext", "bodytext", "itemfulltext", "storycontent", "articlecontent", "posttext"];
    /// <summary>Whole ids or classes of a single story (not words inside longer names: "post-list" is no post).</summary>
    private static readonly HashSet<string> StoryNames =
        ["story", "post", "entry", "article", "hentry", "blogpost", "single-post", "post-single", "fulltext", "main-column", "postarea", "storycontent"];

    /// <summary>Whole ids or classes of a page's main area.</summary>
    private static readonly HashSet<string> MainNames =
    [
        "content", "main", "maincontent", "main-content", "content-main", "primary", "contentarea", "content-area", "pagecontent",
        "page-content", "site-content", "contentmain", "mainarea", "main-area", "inhalt", "contenido", "contenu", "main-container", "content-body", "contentbody",
    ];

    /// <summary>The named main-text elements of the first group that has one with enough text (several when the page splits its body).</summary>
    public static List<HtmlNode> ByName(HtmlNode root)
    {
        var nodes = root.Descendants().Where(n => !n.IsText && !n.Removed && ContainerTags.Contains(n.Tag) && !n.Ancestors().Any(a => a.Removed)).ToList();
        foreach (var group in new Func<HtmlNode, bool>[] { IsArticleBody, n => n.Tag == "article" || n.Attribute("role") == "article", IsStory, IsMain })
        {
            var matches = nodes.Where(group).ToList();
            // A named article body is taken even when it is mostly links (a post that is a list of links is still the post).
            var strongest = group == IsArticleBody;
            var first = matches.FirstOrDefault(n => n.TextLength >= MinText && (strongest || PageText.LinkDensity(n) < 0.5));
            if (first is null) continue;
            // Every match that is not inside another: a body split into several blocks is taken whole, and so are the
            // article's siblings of the same kind (an introduction and its sections).
            var chosen = new List<HtmlNode> { first };
            foreach (var other in matches)
            {
                if (other == first || PageText.LinkDensity(other) >= 0.5 || chosen.Any(c => other.IsInside(c) || c.IsInside(other))) continue;
                if (other.Parent == first.Parent ? other.TextLength >= 25 : strongest && other.TextLength >= MinText / 2) chosen.Add(other);
            }
            return [.. chosen.OrderBy(c => c.Start)];
        }
        return [];
    }

    private static bool IsArticleBody(HtmlNode node)
    {
        if (node.Attribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return true;
        var words = node.Words.ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (BodyWhole.Contains(words[i])) return true;
            if (i + 1 < words.Count && BodyFirst.Contains(words[i]) && BodySecond.Contains(words[i + 1])) return true;
        }
        return false;
    }

    private static bool IsStory(HtmlNode node) => node.Tag is not "span" and not "font" && HasName(node, StoryNames);

    private static bool IsMain(HtmlNode node) =>
        node.Tag == "main" || node.Attribute("role") == "main" || node.Tag is not "span" and not "font" && HasName(node, MainNames);

    private static bool HasName(HtmlNode node, HashSet<string> names) =>
        node.IdAndClass.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(n => names.Contains(n.ToLowerInvariant()));

    /// <summary>Words of a lead paragraph's id or class: the summary news and blog themes put above the body.</summary>
    private static readonly HashSet<string> LeadWords =
        ["intro", "lead", "lede", "excerpt", "teaser", "abstract", "summary", "standfirst", "subtitle", "subheadline", "description", "dek", "deck", "perex", "chapo", "chapeau", "vorspann", "einleitung", "kurztext"];

    /// <summary>
    /// The lead of the article: an element named as a lead (or a paragraph of the article's header) between the page's
    /// headline and the start of the named body, which themes often keep outside the body element.
    /// </summary>
    public static List<HtmlNode> Leads(HtmlNode root, List<HtmlNode> containers)
    {
        if (containers.Count == 0) return [];
        var bodyStart = containers.Min(c => c.Start);
        var headline = root.Descendants().FirstOrDefault(n => n.Tag == "h1" && !n.Removed && n.Start < bodyStart);
        var from = headline?.End ?? Math.Max(0, bodyStart - 5000);
        var leads = new List<HtmlNode>();
        foreach (var node in root.Descendants())
        {
            if (node.Start >= bodyStart) break;
            if (node.IsText || node.Removed || node.End <= from || node.End > bodyStart || node.TextLength is < 40 or > 1500) continue;
            if (PageText.LinkDensity(node) > 0.3 || node.Ancestors().Any(a => a.Removed) || leads.Any(l => node.IsInside(l))) continue;
            var named = node.Attribute("itemprop") is "description" or "abstract"
                || node.Words.Any(LeadWords.Contains);
            var inHeader = node.Tag == "p" && node.Ancestors().Any(a => a.Tag == "header") && headline is not null;
            if (named || inHeader) leads.Add(node);
        }
        return leads;
    }

    /// <summary>
    /// Readability's scoring: paragraphs (and divs and cells that hold text of their own) score by length and commas; a
    /// parent gets the score, a grandparent half; names count for or against; link text takes its share away. The best
    /// element wins, with those of its siblings that score well or are clean paragraphs.
    /// </summary>
    public static List<HtmlNode> ByScore(HtmlNode root)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var node in root.Descendants())
        {
            if (node.IsText || node.Removed || !IsParagraphLike(node)) continue;
            if (node.TextLength < 25) continue;
            var score = 1 + Math.Min(node.Commas, 30) + Math.Min(node.TextLength / 100.0, 3);
            if (node.Parent is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent, Initial(parent)) + score;
                if (parent.Parent is { } grand) scores[grand] = scores.GetValueOrDefault(grand, Initial(grand)) + score / 2;
            }
        }
        if (scores.Count == 0) return [];
        var (best, bestScore) = (default(HtmlNode), double.MinValue);
        foreach (var (node, score) in scores)
        {
            var final = score * (1 - PageText.LinkDensity(node));
            if (final > bestScore) (best, bestScore) = (node, final);
        }
        if (best is null || best.Parent is null) return best is null ? [] : [best];
        var threshold = Math.Max(10, bestScore * 0.2);
        var chosen = new List<HtmlNode>();
        foreach (var sibling in best.Parent.Children!)
        {
            if (sibling.IsText || sibling.Removed) continue;
            if (sibling == best) { chosen.Add(sibling); continue; }
            var bonus = sibling.Attribute("class") is { Length: > 0 } c && c == best.Attribute("class") ? bestScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var s) && s * (1 - PageText.LinkDensity(sibling)) + bonus >= threshold) chosen.Add(sibling);
            else if (sibling.Tag == "p")
            {
                var density = PageText.LinkDensity(sibling);
                if (sibling.TextLength > 80 && density < 0.25 || sibling.TextLength is > 0 and <= 80 && density == 0) chosen.Add(sibling);
            }
        }
        return chosen;
    }

    private static bool IsParagraphLike(HtmlNode node) =>
        node.Tag is "p" or "pre" or "td" or "blockquote" or "li" or "dd"
        || node.Tag is "div" or "section" or "article" or "span" or "font" && node.Children?.Any(c => c.IsText && c.TextLength >= 25) == true;

    private static double Initial(HtmlNode node)
    {
        var score = node.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + NameWeight(node);
    }

    /// <summary>Readability's class weight: names that say content count for, names that say boilerplate against.</summary>
    private static double NameWeight(HtmlNode node)
    {
        var weight = 0.0;
        foreach (var word in node.Words)
        {
            if (word is "article" or "body" or "content" or "entry" or "main" or "page" or "post" or "text" or "blog" or "story" or "hentry") weight += 25;
            else if (word is "comment" or "comments" or "meta" or "footer" or "footnote" or "sidebar" or "widget" or "share" or "social"
                     or "related" or "sponsor" or "ad" or "ads" or "masthead" or "media" or "promo" or "scroll" or "shoutbox" or "combx" or "tags") weight -= 25;
        }
        return Math.Clamp(weight, -50, 50);
    }
}
