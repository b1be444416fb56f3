using System.Text.RegularExpressions;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Splitter.Articles;

/// <summary>
/// Finds where one article ends and the next begins, from structural markers: a post's date and
/// comment count, "Read more", a sign-off or trailing byline, the end of a reference list, and a
/// dateline ("TEHRAN –") after enough body text. Sub-headings never start an article on their own.
/// </summary>
internal sealed partial class ArticleSegmenter(SplitterOptions options)
{
    /// <summary>Body paragraphs an article needs before a trailing marker may close it.</summary>
    private const int MinBodyBeforeClose = 2;

    public List<ArticlePlan> Segment(List<ClassifiedLine> lines)
    {
        // A blog listing ("date + N comments" after every post) is cut at those lines only.
        var listing = ListingExtent(lines);
        var plans = SegmentByMarkers(lines, listing);
        return options.Boundaries == BoundaryMode.Auto
            ? plans.SelectMany(p => listing.Overlaps(p.First, p.Last) ? [p] : SplitOnTopicShifts(p, lines)).ToList()
            : plans;
    }

    /// <summary>The lines of a file that are a blog listing (posts each closed by a date and comment count line).</summary>
    private readonly record struct Listing(int First, int Last)
    {
        public static readonly Listing None = new(int.MaxValue, int.MinValue);

        public bool Contains(int line) => line >= First && line <= Last;

        public bool Overlaps(int first, int last) => first <= Last && last >= First;
    }

    /// <summary>
    /// Where the blog listing is, when the file has one (two or more post-meta lines): from its first to its last post
    /// line, with the header before and the footer after when they are no longer than a few posts. Beyond that the file
    /// is something else — a scrape that glued a listing page to other stories — and the other markers (datelines,
    /// headlines, topic shifts) split it; the whole file had been one listing, and 160,000 sentences of wire stories
    /// before one listing became a single article.
    /// </summary>
    private static Listing ListingExtent(List<ClassifiedLine> lines)
    {
        int first = -1, last = -1, longest = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.PostMeta) continue;
            if (first < 0) first = i;
            else longest = Math.Max(longest, i - last);
            last = i;
        }
        if (first < 0 || first == last) return Listing.None;
        // The lines before the first post line are the page's header and first post, unless there are far more of them
        // than a post has; then the listing starts at its first post line, and the rules of ordinary text find where
        // its first post begins. The same for what follows the last post line (a footer, or more stories).
        var longer = 3 * longest;
        return new Listing(first <= longer ? 0 : first, lines.Count - 1 - last <= longer ? lines.Count - 1 : last);
    }

    private IEnumerable<ArticlePlan> SplitOnTopicShifts(ArticlePlan plan, List<ClassifiedLine> lines)
    {
        var body = Enumerable.Range(plan.First, plan.Last - plan.First + 1).Where(i => lines[i].Kind == LineKind.Text).ToList();
        var shifts = new TopicShiftDetector(options.Sensitivity).Find(body.Select(i => lines[i].Line.Text).ToList());
        var start = plan.First;
        var reason = plan.Reason;
        foreach (var (index, depth) in shifts)
        {
            var at = body[index];
            // The new article starts at the headings just above the shifted paragraph, if any.
            var first = at;
            while (first - 1 > start && lines[first - 1].Kind is LineKind.Heading or LineKind.Blank) first--;
            while (lines[first].Kind == LineKind.Blank) first++;
            var last = first - 1;
            while (last > start && lines[last].Kind is LineKind.Blank or LineKind.Boilerplate) last--;
            yield return new ArticlePlan(start, last, reason);
            start = first;
            reason = $"the topic shifts at line {lines[at].Line.Number} (depth {depth:0.00})";
        }
        yield return new ArticlePlan(start, plan.Last, reason);
    }

    private List<ArticlePlan> SegmentByMarkers(List<ClassifiedLine> lines, Listing listing)
    {
        var plans = new List<ArticlePlan>();
        int? start = null;
        var last = -1;
        var body = 0;
        var closed = false;
        var inReferences = false;
        var startReason = "start of file";
        var nextReason = "";
        var useMarkers = options.Boundaries != BoundaryMode.None;

        var acronymsSeen = new HashSet<string>(StringComparer.Ordinal);

        void Close(string why)
        {
            acronymsSeen.Clear();
            if (start is { } s) plans.Add(new ArticlePlan(s, last, startReason));
            start = null;
            closed = false;
            body = 0;
            inReferences = false;
            startReason = why;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = line.Line.Number;
            // Inside a blog listing only its post-meta lines cut: bylines, sign-offs and letters inside a post must not.
            var blogListing = listing.Contains(i);
            var useOtherMarkers = useMarkers && !blogListing;
            switch (line.Kind)
            {
                case LineKind.Blank or LineKind.Boilerplate:
                    continue;
                case LineKind.PostMeta:
                    if (start is null) continue;
                    last = i;
                    if (useMarkers) closed = true;
                    nextReason = $"the post date and comment count on line {number} end the previous post";
                    continue;
                case LineKind.ReadMore:
                    if (start is not null && useOtherMarkers)
                    {
                        closed = true;
                        nextReason = $"'Read more' on line {number} ends the previous teaser";
                    }
                    continue;
                case LineKind.SignOff when start is not null && body >= MinBodyBeforeClose && useOtherMarkers:
                    last = i;
                    closed = true;
                    nextReason = $"the sign-off '{line.Line.Text}' on line {number} ends the previous article";
                    continue;
                case LineKind.Byline when start is not null && body >= MinBodyBeforeClose && useOtherMarkers && !NextContentIsPostMeta(lines, i):
                    last = i;
                    closed = true;
                    nextReason = $"the trailing byline on line {number} ends the previous article";
                    continue;
                case LineKind.Reference:
                    if (start is null) { start = i; }
                    last = i;
                    inReferences = true;
                    continue;
            }

            // Content: heading, text, a leading byline or sign-off.
            if (closed) Close(nextReason);
            else if (start is not null && useOtherMarkers && inReferences && line.Kind is LineKind.Text or LineKind.Heading)
                Close($"text on line {number} follows the previous article's reference list");
            else if (start is not null && useOtherMarkers && body >= 3 && line.Kind == LineKind.Text && Datelines.Length(line.Line.Text) > 0)
            {
                // The new article starts at the headline just above its dateline, if there is one: it is the new
                // story's title, not the last line of the previous one.
                var first = i;
                while (first - 1 > start && lines[first - 1].Kind is LineKind.Heading or LineKind.Blank) first--;
                while (lines[first].Kind == LineKind.Blank) first++;
                if (first < i)
                {
                    last = first - 1;
                    while (last > start && lines[last].Kind is LineKind.Blank or LineKind.Boilerplate) last--;
                }
                Close($"the dateline on line {number} opens a new article");
                start = first;
            }
            else if (start is not null && options.Boundaries == BoundaryMode.Auto && !blogListing && body >= 4 && line.Kind == LineKind.Text
                     && RedefinedAcronym(line.Line.Text, acronymsSeen) is { } acronym)
                Close($"line {number} introduces '{acronym}' again with its full name, as articles do at their start");
            else if (start is not null && options.Boundaries == BoundaryMode.Auto && !blogListing && body >= 1 && line.Kind == LineKind.Heading
                     && HeadlineBoundary.Opens(lines, i, start.Value, body) is { } why)
                Close($"the headline on line {number} opens a new article ({why})");

            if (line.Kind == LineKind.Text && options.Boundaries == BoundaryMode.Auto && !blogListing)
            {
                // Span look-up: an acronym already seen costs no allocation.
                var seen = acronymsSeen.GetAlternateLookup<ReadOnlySpan<char>>();
                foreach (var m in AcronymPattern().EnumerateMatches(line.Line.Text))
                    seen.Add(line.Line.Text.AsSpan(m.Index, m.Length));
            }

            start ??= i;
            last = i;
            if (line.Kind == LineKind.Text) body++;
        }
        if (start is not null) plans.Add(new ArticlePlan(start.Value, last, startReason));
        return plans;
    }

    private static bool NextContentIsPostMeta(List<ClassifiedLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind is LineKind.Blank or LineKind.Boilerplate) continue;
            return lines[j].Kind is LineKind.PostMeta or LineKind.Byline;
        }
        return true;
    }

    /// <summary>
    /// "Mujahedin Khalq Organization (MKO, also known as …)": a full name followed by an acronym already used
    /// in the current article. Writers define acronyms at the start of an article, so a second definition of one
    /// already in use is where a glued-on article begins.
    /// </summary>
    private static string? RedefinedAcronym(string text, HashSet<string> seen)
    {
        if (!text.Contains('(')) return null;   // no definition without a parenthesis; most lines have none
        foreach (System.Text.RegularExpressions.Match m in DefinitionPattern().Matches(text))
            if (seen.Contains(m.Groups["acronym"].Value)) return m.Groups["acronym"].Value;
        return null;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|e\s+|the\s+)?\p{Lu}[\p{L}'’-]+){1,6}\s+\((?:the\s+)?(?<acronym>[A-Z]{2,6})\b")]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex(@"\b[A-Z]{2,6}\b")]
    private static partial Regex AcronymPattern();
}
