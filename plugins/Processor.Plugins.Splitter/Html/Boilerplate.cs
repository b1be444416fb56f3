namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// What is never a page's text: elements that hold no prose (scripts, forms' controls, media, navigation), hidden
/// elements, and containers whose id or class names a known kind of boilerplate (share bars, comment threads, related
/// links, cookie banners, ad slots…). Names are matched by their words, so "header" is not an "ad" and "thread" not "read".
/// </summary>
internal static class Boilerplate
{
    /// <summary>Elements whose content is never the page's text.</summary>
    private static readonly HashSet<string> NeverText =
    [
        "head", "script", "style", "template", "svg", "math", "iframe", "object", "embed", "applet", "canvas", "video",
        "audio", "picture", "map", "area", "select", "option", "optgroup", "datalist", "button", "input", "textarea", "label",
        "fieldset", "legend", "output", "progress", "meter", "dialog", "nav", "aside", "footer", "menu", "menuitem", "figure",
        "noindex", "noembed", "noframes", "marquee", "blink", "rp", "rt", "title", "meta", "link", "base", "frameset", "frame",
    ];

    /// <summary>Words that name boilerplate wherever they stand in an id or class ("post-share-bar", "related_posts").</summary>
    private static readonly HashSet<string> Words =
    [
        "share", "sharing", "shares", "sharebar", "sharer", "social", "socials", "sociable", "newsletter", "subscribe", "subscription",
        "cookie", "cookies", "consent", "gdpr", "sidebar", "breadcrumb", "breadcrumbs", "navbar", "navigation", "nav", "menu", "submenu",
        "footer", "related", "recommended", "recommendations", "popular", "trending", "mostread", "comments", "comment", "commentlist",
        "disqus", "respond", "replies", "tagcloud", "taglist", "advert", "adverts", "advertisement", "advertising",
        "sponsor", "sponsored", "promo", "promotion", "outbrain", "taboola", "pagination", "pager", "byline", "postmeta",
        "masthead", "readmore", "backtotop", "copyright", "newsticker", "caption", "captions", "author", "authors", "bio", "credit",
        "credits", "photocredit", "bildunterschrift", "bildnachweis", "rating", "ratings", "breadcrumbs", "modal", "popup", "lightbox",
    ];

    /// <summary>Beginnings of words that are boilerplate however they go on ("sharebox", "commentlist", "relatedposts").</summary>
    private static readonly string[] Stems =
    [
        "share", "social", "comment", "related", "sidebar", "breadcrumb", "newsletter", "cookie", "navbar", "advert", "sponsor",
        "promo", "popular", "trending", "disqus", "outbrain", "taboola", "pagination", "subscribe", "footer", "tagcloud", "recommend",
        "morestories", "morearticles", "moreposts", "caption", "authorbio", "authorbox", "aboutauthor", "adsense", "adsbygoogle", "adslot", "adunit", "adcontainer", "adwrapper", "adzone",
    ];

    /// <summary>
    /// Words that name boilerplate only as a whole class or id ("widget", "meta", "hidden"): inside longer names they are
    /// a theme's vocabulary ("elementor-widget-container" holds the article, "field-label-hidden" its body).
    /// </summary>
    private static readonly HashSet<string> WholeNames =
    [
        "widget", "widgets", "meta", "metadata", "entry-meta", "post-meta", "hidden", "hide", "sr-only", "visually-hidden",
        "screen-reader-text", "offscreen", "author", "authors", "tags", "tag-list", "caption", "credits", "credit",
        "thumbnail", "thumbnails", "gallery", "slider", "carousel", "slideshow", "print", "search", "searchform", "login", "signin",
        "signup", "register", "rating", "ratings", "toolbar", "skip", "skip-link", "next", "prev", "previous", "contact", "modal",
        "popup", "overlay", "banner", "signature", "infobox", "feedback", "reply", "post-navigation", "nav-links", "wp-caption-text",
        "ad", "ads", "ad-slot", "ad-container", "ad-wrapper", "ad-unit", "ad-banner", "ad-box", "adbox", "anzeige", "werbung",
    ];

    /// <summary>True when the element never holds page text.</summary>
    public static bool IsNeverText(HtmlNode node) => NeverText.Contains(node.Tag);

    /// <summary>Hidden by the page: the hidden attribute, aria-hidden, or a display:none or visibility:hidden style.</summary>
    public static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes is null) return false;
        if (node.Attribute("hidden") is not null) return true;
        if (node.Attribute("aria-hidden") is "true") return true;
        if (node.Attribute("style") is { } style)
        {
            var s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the element's id, class or role names boilerplate. Wrappers named after a part they hold
    /// ("content-sidebar-wrap") are protected by the caller, which never removes the main content's ancestors.
    /// </summary>
    public static bool IsBoilerplateByName(HtmlNode node)
    {
        if (node.Attribute("role") is "navigation" or "banner" or "contentinfo" or "complementary" or "search" or "dialog" or "menu" or "menubar") return true;
        if (node.Attribute("itemprop") is "articleBody" or "text") return false;
        var names = node.IdAndClass;
        if (names.Length == 0) return false;
        foreach (var name in names.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            if (WholeNames.Contains(name.ToLowerInvariant())) return true;
        foreach (var word in node.Words)
            if (Words.Contains(word) || Stems.Any(s => word.StartsWith(s, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>The words of an id/class value: split at spaces, dashes, underscores and camel case, lower-cased.</summary>
    public static IEnumerable<string> Split(string names)
    {
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var boundary = c is ' ' or '\t' or '\n' or '-' or '_' or '.' or ':' or '/' || i > 0 && char.IsUpper(c) && i > start && start >= 0 && char.IsLower(names[i - 1]);
            if (boundary)
            {
                if (start >= 0 && i > start) yield return names[start..i].ToLowerInvariant();
                start = c is ' ' or '\t' or '\n' or '-' or '_' or '.' or ':' or '/' ? -1 : i;
            }
            else if (start < 0) start = i;
        }
    }
}
