using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Boilerplate;

namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// Decides a page's headline, date, authors and site from the <see cref="PageFacts"/>, strongest evidence first.
/// Dates follow htmldate's order (the address, then meta and JSON-LD, then time elements and date lines in the
/// article, before any in widgets); a date after the run is never one. Authors are names, never addresses.
/// </summary>
internal static partial class PageMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "article:published", "og:article:published_time", "og:published_time", "og:pubdate", "datepublished",
        "itemprop:datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published_time",
        "published-date", "published_date", "dc.date", "dc.date.issued", "dc.date.created", "dc.created", "dcterms.date", "dcterms.issued",
        "dcterms.created", "dc:date", "dc:created", "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
        "article.created", "article_date_original", "date_published", "datecreated", "itemprop:datecreated", "created", "displaydate",
        "originalpublicationdate", "rnews:datepublished", "bt:pubdate", "cxenseparse:recs:publishtime", "timestamp", "dateposted",
        "article:post_date", "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "http-equiv:date",
    ];

    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "Report", "ScholarlyArticle",
         "TechArticle", "SocialMediaPosting", "LiveBlogPosting", "DiscussionForumPosting", "Review", "Recipe", "Event", "Product", "WebPage", "Blog"];

    public static PageMetadata Read(HtmlNode root, string page, IReadOnlyList<HtmlNode> content, DateOnly latest)
    {
        var facts = PageFacts.Gather(root, page);
        var articles = facts.JsonLd.Where(IsArticle).OrderBy(o => Array.IndexOf(ArticleTypes, TypeOf(o) ?? "") is var i && i < 0 ? 99 : i).ToList();
        var url = facts.Canonical ?? facts.First("og:url") ?? articles.Select(o => Str(o, "url") ?? Str(o, "@id")).FirstOrDefault(u => u?.StartsWith("http", StringComparison.Ordinal) == true);
        var site = facts.First("og:site_name") ?? facts.JsonLd.Select(o => Name(o, "publisher")).FirstOrDefault(s => s is not null) ?? facts.First("application-name");
        return new PageMetadata(
            Title(facts, articles, site, content, url),
            Published(facts, articles, url, content, page, latest),
            Authors(facts, articles, page, content, site),
            site is null ? null : Text.Fold(site),
            url,
            facts.Language ?? facts.First("http-equiv:content-language") ?? facts.First("og:locale"));
    }

    // ---- title ----

    private static string? Title(PageFacts facts, List<JsonElement> articles, string? site, IReadOnlyList<HtmlNode> content, string? url)
    {
        var declared = new[]
        {
            facts.First("og:title"), facts.First("twitter:title"), articles.Select(o => Str(o, "headline")).FirstOrDefault(t => t is not null),
            facts.First("dc.title"), facts.First("title"),
        }.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        // content="Senator calls the plan "unworkable"": a quote mark inside an unescaped attribute ends it early; the
        // title element, which continues the declared title with that quotation, is the title written out.
        if (declared is not null && facts.TitleElement is { } whole && whole.Length > declared.Length
            && whole.StartsWith(declared, StringComparison.Ordinal) && whole.AsSpan(declared.Length).TrimStart() is ['"' or '“' or '„' or '«', ..])
            declared = whole;
        // A title element that is the headline itself has no site part to learn ("X - Y" is then all headline).
        var titleIsHeadline = facts.TitleElement is { } element0 && facts.Headings1.Any(h => Key(h.Text) == Key(element0));
        var siteName = site ?? (titleIsHeadline ? null : SiteFromTitleElement(facts.TitleElement, url));
        var h1 = facts.Headings1.Where(h => h.Text.Length is > 2 and < 300 && h.Text.Any(char.IsLetterOrDigit) && !IsSiteHeading(h.Node, h.Text, siteName)).ToList();
        var contentStart = content.Count > 0 ? content.Min(c => c.Start) : int.MaxValue;
        string? title = null;
        // A page with one headline shows it in its h1 (measured on the dev pages: 0.725 exact against 0.648 for og:title first).
        if (h1.Count == 1) title = h1[0].Text;
        else if (h1.Count > 1)
        {
            // Several: the one in or just before the main text, when the page's declared title agrees with it.
            var near = h1.Where(h => content.Any(c => h.Node.IsInside(c)) || h.Node.Start < contentStart).OrderBy(h => content.Any(c => h.Node.IsInside(c)) ? 0 : contentStart - h.Node.Start).FirstOrDefault();
            if (near.Text is { } text && (declared is null || Similar(text, declared) || facts.TitleElement is { } te && Similar(text, te))) title = text;
        }
        title ??= declared;
        title ??= facts.NamedTitles.Where(t => !InWidget(t.Node) && !IsSiteHeading(t.Node, t.Text, siteName)).Select(t => t.Text)
            .FirstOrDefault(t => t.Length is > 2 and < 300 && t.Any(char.IsLetterOrDigit));
        var fromElement = false;
        if (title is null && facts.TitleElement is { Length: > 0 } element) (title, fromElement) = (element, true);
        title ??= h1.FirstOrDefault().Text;
        return title is null ? null : WithoutSiteName(Text.Fold(System.Net.WebUtility.HtmlDecode(title)), siteName, fromElement)
            // A separator left at an end ("- „Es kommt darauf an“", a kicker's dash) is no part of the headline.
            .Trim(' ', '-', '–', '—', '|', '·', '•', ':');
    }

    /// <summary>An h1 that shows the site, not the page: the logo, the site's name, a link home.</summary>
    private static bool IsSiteHeading(HtmlNode h1, string text, string? site)
    {
        if (site is not null && Similar(text, site) && Key(text).Length <= Key(site).Length + 3) return true;
        for (var node = h1; node is not null; node = node.Parent)
        {
            if (node.Tag is "body" or "article" or "main") break;
            foreach (var word in node.Words)
                if (word is "logo" or "brand" or "branding" or "sitetitle" or "sitename" or "blogtitle" or "masthead" or "logotype"
                    || word == "site" && node.IdAndClass.Contains("site-title", StringComparison.OrdinalIgnoreCase)
                    || word == "site" && node.IdAndClass.Contains("site-name", StringComparison.OrdinalIgnoreCase)
                    || word == "blog" && node.IdAndClass.Contains("blog-title", StringComparison.OrdinalIgnoreCase)
                    || word == "header" && node.IdAndClass.Contains("header-title", StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        // The whole heading is a link to the site's home page ("/", or an address with no path: Blogger's blog titles).
        return h1.Descendants().FirstOrDefault(d => d.Tag == "a") is { } a && a.Attribute("href") is { } href && IsHome(href.Trim())
               && a.TextLength >= h1.TextLength - 1;
    }

    private static bool IsHome(string href) =>
        href is "/" or "./" or "/." or "index.html"
        || Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;

    /// <summary>
    /// The site's name in a title element ("Headline | Site" or "Site – Headline"): the end part that names the page's
    /// domain ("sheego ♥ Magazin" on sheego.de), else the last part unless the first is much shorter. Measured on the
    /// trafilatura dev pages: title exact 0.849 (the shorter end part) -> 0.859.
    /// </summary>
    private static string? SiteFromTitleElement(string? title, string? url)
    {
        if (title is null) return null;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return null;
        if (Brand(url) is { Length: >= 3 } brand)
        {
            // A part naming the domain is the site's name, unless it is as long as a headline: then it holds the
            // headline too ("Erikas Blog: [Review] A Title - Its Subtitle", "A Title - Its Subtitle Sitename"), and
            // guessing a site name from the title element would cut the headline.
            foreach (var part in new[] { parts[^1], parts[0] })
                if (Key(part).Contains(brand, StringComparison.Ordinal))
                    return part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 ? part.Trim() : null;
        }
        // "Headline | Site" is the usual order; a last part more than twice as long as the first is a headline after the site.
        return (parts[^1].Length <= 2 * parts[0].Length ? parts[^1] : parts[0]).Trim();
    }

    /// <summary>The name a domain is known by: "sheego" for https://www.sheego.de/…, folded like <see cref="Key"/>.</summary>
    private static string? Brand(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns) return null;
        var labels = uri.Host.Split('.');
        // On a blog host the blog's own name is the label before the host's ("erika.blogspot.com").
        if (labels.Length >= 3 && BlogHosts.Contains(labels[^2])) return Key(labels[^3]);
        return labels.Length >= 2 ? Key(labels[^2]) : null;
    }

    private static readonly HashSet<string> BlogHosts = new(StringComparer.OrdinalIgnoreCase)
        { "blogspot", "wordpress", "tumblr", "github", "substack", "wixsite", "jimdo", "jimdofree", "over-blog", "hypotheses", "medium", "livejournal", "typepad", "blogger" };

    private static string Key(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>
    /// "Headline | Site", "Site – Headline" → "Headline". A part is dropped only at either end and only when it is the
    /// site's name (or a blog's "Blog Archive"); a title element, where sites put their name, also loses a short last
    /// part when no site name is known. Other dashes are the headline's own ("Würde des Lebens – ein Projekt").
    /// </summary>
    private static string WithoutSiteName(string title, string? site, bool fromTitleElement)
    {
        var separators = TitleSeparator().Matches(title).ToList();
        if (separators.Count == 0) return title;
        var parts = new List<(int Start, int End)>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in separators)
        {
            parts.Add((at, m.Index));
            at = m.Index + m.Length;
        }
        parts.Add((at, title.Length));
        bool IsSite(int i)
        {
            var part = title[parts[i].Start..parts[i].End].Trim();
            return site is { Length: > 0 } && Similar(part, site) && Key(part).Length <= Key(site).Length + 4
                   || Key(part) is "blogarchive" or "blogarchiv" or "archive" or "archiv";
        }
        var (first, last) = (0, parts.Count - 1);
        while (last > first && IsSite(last)) last--;
        while (first < last && IsSite(first)) first++;
        if (first == 0 && last == parts.Count - 1 && fromTitleElement && site is null && parts.Count >= 2
            && parts[^1].End - parts[^1].Start < 0.6 * (parts[^2].End - parts[0].Start))
            last--;
        return title[parts[first].Start..parts[last].End].Trim();
    }

    private static bool Similar(string a, string b)
    {
        var (x, y) = (Key(a), Key(b));
        return x.Length > 0 && y.Length > 0 && (x == y || x.Contains(y, StringComparison.Ordinal) && y.Length >= 4 || y.Contains(x, StringComparison.Ordinal) && x.Length >= 4);
    }

    /// <summary>
    /// Separators between a title's parts: spaced dashes, bars and bullets; "::"; and, between Chinese or Japanese
    /// characters, which take no spaces, an unspaced dash, underscore or bar ("…英雄的城！-新华网").
    /// </summary>
    [GeneratedRegex(@"\s+[|–—·»«\-•]\s+|\s+[|]\s*|\s*[|]\s+|\s*::\s*|(?<=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}！？。）」』])[-_|](?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}])")]
    private static partial Regex TitleSeparator();

    // ---- date ----

    private static DateOnly? Published(PageFacts facts, List<JsonElement> articles, string? url, IReadOnlyList<HtmlNode> content, string page, DateOnly latest)
    {
        DateOnly? Valid(DateOnly? d) => d is { } x && x <= latest && x.Year >= 1995 ? x : null;
        // A date the page declares in machine form (meta, JSON-LD) is the page's, however old: an archive's 1987 story
        // keeps its day. Dates read from text keep htmldate's floor of 1995, below which a number is rarely a publication.
        DateOnly? Declared(DateOnly? d) => d is { } x && x <= latest && x.Year >= 1900 ? x : null;

        if (Valid(UrlDate(url)) is { } fromUrl) return fromUrl;
        // Meta tags before JSON-LD, as htmldate reads them (measured on its pages: F1 0.891 against 0.888 the other way
        // round); the modified date never (it measured 0.845 first).
        foreach (var key in PublishedKeys)
            if (facts.Meta.TryGetValue(key, out var values))
                foreach (var value in values)
                    if (Declared(DateExpressions.ParseMachine(value)) is { } d) return d;
        foreach (var article in articles)
            if (Declared(DateExpressions.ParseMachine(Str(article, "datePublished") ?? Str(article, "dateCreated"))) is { } d) return d;
        foreach (var (node, itemprop) in facts.ItemProps)
            if (itemprop.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("dateCreated", StringComparison.OrdinalIgnoreCase))
                if (Valid(DateExpressions.ParseMachine(node.Attribute("datetime") ?? node.Attribute("content") ?? node.Attribute("title")) ?? FirstDate(Text.Of(node, page))) is { } d) return d;

        // Time elements: one marked as the publication first, then the first in the article, then the first on the page.
        var times = facts.Times.Where(t => !InWidget(t)).ToList();
        foreach (var time in times)
            if (time.Attribute("pubdate") is not null || time.Words.Any(w => w is "published" or "entrydate" or "entry" or "pubdate" or "post"))
                if (Valid(TimeValue(time, page)) is { } d) return d;
        foreach (var time in times.OrderBy(t => content.Any(c => t.IsInside(c)) ? 0 : 1))
        {
            if (time.Words.Any(w => w is "updated" or "modified")) continue;
            if (Valid(TimeValue(time, page)) is { } d) return d;
        }
        foreach (var line in ArticleFirst(facts.DateLines.Where(l => !InWidget(l)), content, l => l))
        {
            var text = Text.Of(line, page);
            if (text.Length > 200) continue;
            if (Valid(FirstDate(text)) is { } d) return d;
        }
        return Valid(NearHeadline(facts, content, page)) ?? FirstShortDateText(facts.Headings1.FirstOrDefault().Node ?? content.FirstOrDefault(), page, Valid);
    }

    /// <summary>
    /// The last resort, as htmldate's extensive search: the first short text on the page, outside widgets, that is or
    /// holds a date ("02.02.2022 · 11:14", "Erschienen am: 01.11.2023"). A range ("28.09. - 01.10.2023") is an event's
    /// dates, not the page's. Measured on htmldate's dev pages: recall 0.928 -> 0.943 at precision 0.934 -> 0.931 (F 0.931 -> 0.937).
    /// </summary>
    private static DateOnly? FirstShortDateText(HtmlNode? anchor, string page, Func<DateOnly?, DateOnly?> valid)
    {
        if (anchor is null) return null;
        foreach (var (_, text) in VisibleTexts(anchor, page, shortWithDigits: true))
            if (text.Length <= 100 && !IsRange(text) && valid(FirstDate(text)) is { } date) return date;
        return null;
    }

    /// <summary>
    /// The page's text nodes a reader sees outside widgets (folded, decoded, not empty), in page order, from the
    /// character <paramref name="from"/> on. With <paramref name="shortWithDigits"/>, only runs that can hold a short
    /// date: a page has thousands of runs, and decoding each to look for a date was half of what reading its metadata cost.
    /// </summary>
    private static IEnumerable<(HtmlNode Node, string Text)> VisibleTexts(HtmlNode onPage, string page, int from = 0, bool shortWithDigits = false)
    {
        var root = onPage;
        while (root.Parent is not null) root = root.Parent;
        foreach (var node in root.Descendants())
        {
            if (!node.IsText || node.End < from) continue;
            if (shortWithDigits && (node.End - node.Start > 400 || !HasDigit(page.AsSpan(node.Start, node.End - node.Start)))) continue;
            if (node.Parent is { } p && Boilerplate.IsNeverText(p) || InWidget(node)) continue;
            var text = Text.Fold(System.Net.WebUtility.HtmlDecode(page[node.Start..node.End]));
            if (text.Length > 0) yield return (node, text);
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>Two days joined by a dash or "bis" ("28.09. - 01.10.2023", "28. bis 30. September", "Sept. 28–30"); not a date and its time ("31.10.2023 - 14:49").</summary>
    private static bool IsRange(string text) => DateRange().IsMatch(text);

    [GeneratedRegex(@"\b\d{1,2}\.(?:\d{1,2}\.)?\s*(?:-|–|bis)\s*\d{1,2}\.|\b[A-Z][a-z]{2,8}\.? \d{1,2}\s*(?:-|–)\s*(?:\d{1,2}\b|[A-Z][a-z]{2,8})")]
    private static partial Regex DateRange();

    /// <summary>
    /// A date written as a short line of its own by the headline ("Datum: 22.12.2012", "am 20.09.2020, 11:51 Uhr",
    /// "(18.01.2018)"): the first in the short text runs from just before the headline to the first paragraphs. Runs
    /// of prose are passed over: a date inside a sentence is what the story is about, not when it was published.
    /// </summary>
    private static DateOnly? NearHeadline(PageFacts facts, IReadOnlyList<HtmlNode> content, string page)
    {
        // The page's own headline, not a site title in an h1 (a logo, a link home) at the top of every page.
        var anchor = facts.Headings1.FirstOrDefault(h => !IsSiteHeading(h.Node, h.Text, null)).Node ?? content.FirstOrDefault();
        if (anchor is null) return null;
        var seen = 0;
        foreach (var (_, text) in VisibleTexts(anchor, page, from: anchor.Start - 600))
        {
            if ((seen += text.Length) > 3000) break;
            if (text.Length > 100)
            {
                // A dateline opening the first paragraph ("(18.01.2018) Deutschlands Landwirte …") is the article's date.
                if (DateExpressions.FindAll(text).FirstOrDefault() is { Index: <= 1, Length: > 0 } opening) return opening.Date;
                continue;
            }
            if (!IsRange(text) && FirstDate(text) is { } date) return date;
        }
        return null;
    }

    private static DateOnly? TimeValue(HtmlNode time, string page) =>
        DateExpressions.ParseMachine(time.Attribute("datetime")) ?? FirstDate(Text.Of(time, page));

    private static DateOnly? FirstDate(string text) => DateExpressions.FindAll(text).Select(f => (DateOnly?)f.Date).FirstOrDefault();

    /// <summary>A date in the address: /2019/07/03/, /2019-07-03-, /20190703/.</summary>
    private static DateOnly? UrlDate(string? url)
    {
        if (url is null) return null;
        var m = UrlDatePattern().Match(url);
        if (!m.Success) return null;
        return int.TryParse(m.Groups["y"].Value, out var y) && int.TryParse(m.Groups["m"].Value, out var mo) && int.TryParse(m.Groups["d"].Value, out var d)
               && mo is >= 1 and <= 12 && d >= 1 && y is >= 1995 and <= 2100 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"[/_-](?<y>(?:19|20)\d{2})[/_.-]?(?<m>[01]\d)[/_.-]?(?<d>[0-3]\d)(?:[/_.-]|$|\D)")]
    private static partial Regex UrlDatePattern();

    /// <summary>
    /// A post's own footer, where blogs put its date, author and categories ("entry-footer", "asset-footer", a
    /// <c>footer</c> inside the <c>article</c>), not the site's footer.
    /// </summary>
    private static bool IsPostFooter(HtmlNode node)
    {
        foreach (var word in node.Words)
            if (word is "entry" or "post" or "asset" or "article" or "story") return true;
        for (var p = node.Parent; p is not null; p = p.Parent)
            if (p.Tag == "article") return true;
        return false;
    }

    /// <summary>
    /// Those in the main content or just before it (a byline or date line above the article) first, then the rest, each
    /// in page order.
    /// </summary>
    private static IEnumerable<T> ArticleFirst<T>(IEnumerable<T> items, IReadOnlyList<HtmlNode> content, Func<T, HtmlNode> node) =>
        items.OrderBy(item => content.Any(c => node(item).IsInside(c) || node(item).End <= c.Start + 1) ? 0 : 1);

    /// <summary>
    /// Inside what lists other pages (related posts, recent posts, archives, comments): its dates and names are theirs.
    /// Only the ancestors below the article count: a theme may call the column that holds the article "sidebar".
    /// </summary>
    private static bool InWidget(HtmlNode node)
    {
        // A node's own class says when it is a comment's ("comment-author-link" names a commenter wherever it sits).
        if (node.Words.Any(w => w.Contains("comment", StringComparison.Ordinal))) return true;
        for (var p = node.Parent; p is not null && p.Tag is not ("body" or "html" or "article" or "main"); p = p.Parent)
        {
            // What holds the page's headline is the article's frame, whatever it is called.
            if (p.HoldsHeadline) return false;
            if (p.Tag is "aside" or "nav" || p.Tag == "footer" && !IsPostFooter(p)) return true;
            // Blogger holds its posts in the "widget Blog" element: the main column, not a widget.
            if (p.Attribute("class") is "widget Blog") continue;
            foreach (var word in p.Words)
                if (word is "recent" or "sidebar" or "widget" or "archive" or "popular"
                    || word == "footer" && !IsPostFooter(p)
                    || word.StartsWith("related", StringComparison.Ordinal) || word.Contains("comment", StringComparison.Ordinal))
                    return true;
        }
        return false;
    }

    // ---- authors ----

    /// <summary>
    /// The first source of names that gives a person: JSON-LD, meta tags, itemprop, then the page's bylines (their name
    /// element when they have one: rel=author, the hCard "fn", a link to an author page). A name that is the site's own
    /// ("National Geographic", "stern.de") is kept only when no person is named anywhere.
    /// </summary>
    private static ImmutableArray<string> Authors(PageFacts facts, List<JsonElement> articles, string page, IReadOnlyList<HtmlNode> content, string? site)
    {
        ImmutableArray<string>? fallback = null;
        bool Take(ImmutableArray<string> names, out ImmutableArray<string> result)
        {
            result = names;
            if (names.IsEmpty) return false;
            if (names.All(n => IsSiteLike(n, site) || IsAccountLike(n))) { fallback ??= names; return false; }
            return true;
        }
        foreach (var article in articles)
            if (Take(Clean(Names(article, "author", facts.JsonLd)), out var r))
                // The page's author meta may list every author where its JSON-LD names only the first.
                return facts.Meta.TryGetValue("author", out var meta) && Clean(meta) is { Length: > 1 } all && r.All(all.Contains) ? all : r;
        foreach (var key in new[] { "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "itemprop:author", "article:author_name", "cxenseparse:author" })
        {
            if (!facts.Meta.TryGetValue(key, out var values)) continue;
            // A social handle ("@SiteUK") is an account, usually the site's: a byline's name comes first.
            if (values.All(v => v.StartsWith('@'))) { fallback ??= Clean(values) is { IsEmpty: false } handles ? handles : null; continue; }
            if (Take(Clean(values), out var r)) return r;
        }
        foreach (var (node, itemprop) in facts.ItemProps)
        {
            if (!itemprop.Split(' ').Contains("author") || InWidget(node)) continue;
            var name = node.Descendants().FirstOrDefault(d => d.Attribute("itemprop") is "name") is { } n ? Text.Of(n, page) : Text.Of(node, page);
            if (Take(Clean([name]), out var r)) return r;
        }
        foreach (var byline in ArticleFirst(facts.Bylines.Where(b => !InWidget(b)), content, b => b))
        {
            var named = NameElements(byline).Select(n => Text.Of(n, page)).Where(t => t.Length > 1).Distinct().ToList();
            var text = named.Count > 0 ? named : [Text.Of(byline, page)];
            if (text.Sum(t => t.Length) is < 2 or > 160) continue;
            if (Take(Clean(text, marked: named.Count > 0), out var r)) return r;
        }
        // A link to an author's page by the headline or in the article, named by its text (or its itemprop="name").
        foreach (var link in ArticleFirst(facts.AuthorLinks.Where(l => !InWidget(l)), content, l => l))
        {
            var name = link.Descendants().FirstOrDefault(d => d.Attribute("itemprop") is "name") is { } n ? Text.Of(n, page) : Text.Of(link, page);
            if (name.Length is > 1 and <= 60 && Take(Clean([name], marked: true), out var linked)) return linked;
        }
        foreach (var (_, text) in ArticleFirst(facts.LabelledBylines.Where(b => !InWidget(b.Node)), content, b => b.Node))
            if (Take(Clean([text]), out var r)) return r;
        if (SignOff(content, page) is { } signed && Take(Clean([signed]), out var s)) return s;
        // A Creative Commons notice names the work's author ("<a rel="cc:attributionURL">Erika Muster</a>").
        foreach (var node in facts.Attributions)
            if (Take(Clean([Text.Of(node, page)], marked: true), out var a)) return a;
        return fallback ?? [];
    }

    /// <summary>
    /// The names of a signature in brackets closing the article's last paragraph ("… bleibt spannend. (Erika Muster)",
    /// "(FR mit dpa)"): capitalised names, or an agency's short lower-case code; "(siehe oben)" is no signature.
    /// </summary>
    private static string? SignOff(IReadOnlyList<HtmlNode> content, string page)
    {
        // The last three paragraphs: a site's notes ("*example.de is part of …", a picture credit) may follow the signature.
        var paragraphs = content.SelectMany(c => c.Descendants().Prepend(c)).Where(n => n.Tag == "p" && !n.Removed && n.TextLength > 0).TakeLast(3).Reverse();
        foreach (var paragraph in paragraphs)
        {
            if (BylineReader.BracketedSignOff().Match(Text.Of(paragraph, page)) is not { Success: true } signed) continue;
            var names = signed.Groups["names"].Value;
            var words = names.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= 6 && words.All(w => char.IsUpper(w[0]) || w.Length <= 4) ? names : null;
        }
        return null;
    }

    /// <summary>The elements of a byline that hold just a name.</summary>
    private static IEnumerable<HtmlNode> NameElements(HtmlNode byline)
    {
        var all = byline.Descendants().Prepend(byline);
        foreach (var node in all)
        {
            if (node.IsText) continue;
            var href = node.Attribute("href") ?? "";
            if (node.Attribute("rel")?.Split(' ').Contains("author") == true || node.Attribute("itemprop") is "name"
                || Boilerplate.Split(node.Attribute("class") ?? "").Contains("fn")
                || node.Tag == "a" && (PageFacts.IsAuthorPage(href) || href.Contains("profile", StringComparison.OrdinalIgnoreCase)
                    || href.Contains("/user/", StringComparison.OrdinalIgnoreCase) || href.Contains("/member/", StringComparison.OrdinalIgnoreCase)
                    || href.Contains("/members/", StringComparison.OrdinalIgnoreCase)))
                yield return node;
        }
    }

    /// <summary>
    /// A name that stands for an account rather than a person, kept only when nothing better is found: initials ("DT",
    /// "JF": a CMS's short name for a staff account or the site) and log-in names ("erika.muster", "jonas-beispiel").
    /// </summary>
    private static bool IsAccountLike(string name) =>
        name.Length <= 3 && name.All(char.IsUpper)
        || !name.Contains(' ') && name.Any(c => c is '.' or '_' or '-') && !name.Any(char.IsUpper);

    /// <summary>A name that is the site rather than a person: the site's own name, or an address-like name.</summary>
    private static bool IsSiteLike(string name, string? site) =>
        site is not null && Similar(name, site) || SiteLikeName().IsMatch(name);

    [GeneratedRegex(@"\.(?:de|com|net|org|at|ch|fr|it|es|pl|uk|info|eu|io|co)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteLikeName();

    /// <summary>Words that are labels, not names: what is left of "Published by" or "Veröffentlicht am" once its name is gone.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "written", "by", "on", "am", "von", "veröffentlicht", "geschrieben", "autor", "author", "datum", "date",
        "text", "foto", "fotos", "photo", "bild", "admin", "administrator", "wordpressadmin", "webmaster", "super", "user",
        "gesponserte", "inhalte", "sponsored", "content", "kommentare", "comments", "share", "teilen", "posts", "beiträge", "alle", "all",
        "quelle", "source", "mehr", "more", "ceo", "cfo", "cto", "coo", "founder", "gründer", "gründerin", "chefredakteur", "chefredakteurin",
    };

    /// <summary>Names only: "By", dates, addresses, handles and labels are stripped; "A and B" are two names.</summary>
    /// <param name="marked">The values are a byline's name elements (rel=author, an hCard's fn, a link to an author page): a
    /// user name with digits ("freeman1984") is a name there. Elsewhere a digit means a date, a count, or a CMS account
    /// ("link78" in a page's JSON-LD, where the byline names the journalist). Measured on the dev pages: +2 right, -0.</param>
    private static ImmutableArray<string> Clean(IEnumerable<string> raw, bool marked = false)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var value in raw)
        {
            var text = Text.Fold(System.Net.WebUtility.HtmlDecode(value));
            if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) continue;
            // A picture's credit names its photographer, not the article's author.
            if (CreditPrefix().IsMatch(text)) continue;
            text = BylineReader.LabelPrefix().Replace(text, "");
            foreach (var (_, index, _) in DateExpressions.FindAll(text).Reverse()) text = text[..index];
            text = text.Split(['|', '•', '·', '\n'])[0];
            foreach (var part in NameSeparator().Split(text))
            {
                var name = BylineReader.LabelPrefix().Replace(part.Trim(' ', ',', ';', ':', '-', '–', '—', '.', '@', '(', ')'), "").Trim();
                if (name.Length is < 2 or > 60 || name.Contains('@') || !name.Any(char.IsLetter)) continue;
                if (name.Any(char.IsDigit) && !(marked && UserName().IsMatch(name))) continue;
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 5 || words.All(LabelWords.Contains)) continue;
                if (!names.Contains(name)) names.Add(name);
            }
        }
        return names.ToImmutable();
    }


    [GeneratedRegex(@"^\p{L}[\p{L}\d_.-]{1,30}$")]
    private static partial Regex UserName();

    [GeneratedRegex(@"^(?:foto|fotos|photo|photos|bild|bilder|illustration|grafik|credit|credits)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex CreditPrefix();

    [GeneratedRegex(@"\s+(?:and|und|et|y|e|en|och|og|i|&)\s+|\s*[,;/]\s*")]
    private static partial Regex NameSeparator();

    // ---- JSON-LD helpers ----

    private static bool IsArticle(JsonElement o) => TypeOf(o) is { } t && ArticleTypes.Contains(t);

    private static string? TypeOf(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return null;
        if (type.ValueKind == JsonValueKind.String) return type.GetString();
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString())) return t.GetString();
        return null;
    }

    private static string? Str(JsonElement o, string property) =>
        o.TryGetProperty(property, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        } : null;

    /// <summary>The name of a person or organisation property: a string, {name}, or a list of them.</summary>
    private static string? Name(JsonElement o, string property) => Names(o, property, []).FirstOrDefault();

    /// <summary>Names of a person or organisation property; a reference ({"@id": …}) is looked up among the page's other objects.</summary>
    private static List<string> Names(JsonElement o, string property, List<JsonElement> all)
    {
        var names = new List<string>();
        if (!o.TryGetProperty(property, out var value)) return names;
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s) names.Add(s);
            else if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } name) names.Add(name);
            else if (v.ValueKind == JsonValueKind.Object && Str(v, "@id") is { } id
                     && all.FirstOrDefault(x => Str(x, "@id") == id && x.TryGetProperty("name", out _)) is { ValueKind: JsonValueKind.Object } target
                     && Str(target, "name") is { Length: > 0 } referenced)
                names.Add(referenced);
        }
        if (value.ValueKind == JsonValueKind.Array) foreach (var item in value.EnumerateArray()) Add(item);
        else Add(value);
        return names;
    }

}
