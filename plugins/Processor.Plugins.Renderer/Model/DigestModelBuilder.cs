using System.Globalization;
using System.Text;
using Processor.Abstractions;
using Processor.Plugins.Renderer.Publishers;

namespace Processor.Plugins.Renderer.Model;

/// <summary>
/// Builds the template model from the final corpus: ranks the claims, plans the briefing (<see cref="BriefingPlanner"/>:
/// a summary, then stories with their key claims and conflicts, within the word budget), and the full index below it.
/// Salience (docs/template-model.md): 3 per extra independent report (of the claim and of the claims stating the same
/// fact) + 1.5 per entity (at most 2) + 1 for a figure + 0.5 for a speaker; an opinion loses 1, a question 3.
/// Only the claims the digest shows get views with citations: on a large corpus that is a few hundred of millions.
/// </summary>
internal sealed class DigestModelBuilder(RendererOptions options, PublisherDirectory publishers)
{
    /// <summary>Stories listed in the full index at most (index/stories.jsonl has all).</summary>
    private const int IndexedStories = 500;

    /// <summary>Sources listed in the full index at most (index/sources.jsonl has all).</summary>
    private const int IndexedSources = 200;

    /// <summary>Documents listed per source in the full index at most (index/documents.jsonl has all).</summary>
    private const int IndexedDocuments = 20;

    public (DigestView View, Json.ClaimRanking Ranking) Build(Corpus corpus, string title, DateTimeOffset generatedAt, Func<SourceFile, SourceText> open)
    {
        var sources = corpus.Sources.ToDictionary(s => s.Id);
        var documents = corpus.Documents.ToDictionary(d => d.Id);
        var texts = new Dictionary<string, SourceText>();
        SourceText TextOf(string id) => texts.TryGetValue(id, out var t) ? t : texts[id] = open(sources[id]);
        var outlets = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        Outlet OutletOf(string documentId, string sourceId)
        {
            if (outlets.TryGetValue(documentId, out var o)) return o;
            return outlets[documentId] = publishers.Of(documents.GetValueOrDefault(documentId), sources.TryGetValue(sourceId, out var s) ? s.Path : sourceId);
        }

        var sameFact = SameFactReports(corpus);
        var ranked = corpus.Claims.Select(c => (Claim: c, Score: Score(c, sameFact)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Claim.Id, StringComparer.Ordinal)
            .Select((x, i) => (x.Claim, Rank: i + 1, x.Score)).ToList();
        var byId = ranked.ToDictionary(x => x.Claim.Id, x => x, StringComparer.Ordinal);
        // A story names only claims of this corpus (a stage before may have left some out).
        var stories = corpus.Stories.IsDefaultOrEmpty ? DocumentStories(corpus)
            : [.. corpus.Stories.Select(s => s.ClaimIds.All(byId.ContainsKey) ? s : s with { ClaimIds = [.. s.ClaimIds.Where(byId.ContainsKey)] })];
        var plan = new BriefingPlanner(options, id => byId[id].Claim, id => byId[id].Rank).Plan(stories, corpus.Links);

        // Views of the claims the briefing shows, with citations; the other claims the model names get a light view.
        var shownViews = new Dictionary<string, ClaimView>(StringComparer.Ordinal);
        ClaimView View(string id, bool shown)
        {
            if (shown && shownViews.TryGetValue(id, out var v)) return v;
            var (claim, rank, score) = byId[id];
            var view = ToView(claim, rank, score, documents, sources, TextOf, OutletOf, full: shown);
            if (shown) shownViews[id] = view;
            return view;
        }
        var storyById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var storyViews = plan.Stories.Select(p => StoryView(storyById[p.StoryId], p, documents, sources, OutletOf, View)).ToList();
        // Conflicts after every card exists: a row links to its claim's card only when the briefing shows it.
        storyViews = [.. storyViews.Select((v, i) => v with { Conflicts = [.. plan.Stories[i].Conflicts.Select(l => Conflict(l, View, shownViews)).Where(c => c.Rows.Count >= 2)] })];
        var summary = plan.Stories.Where(p => p.Claims.Count > 0).Take(BriefingPlanner.SummaryStories)
            .Select(p => (Story: storyById[p.StoryId], Lead: View(p.Claims[0], shown: true)))
            .Select(x => new SummaryView(x.Story.Id, x.Story.Title, x.Lead.Text, x.Lead.Id, x.Lead.Citations[0], x.Lead.IndependentSources, x.Story.IsNew))
            .ToList();
        var conflicts = plan.Conflicts.Select(l => Conflict(l, View, shownViews)).Where(c => c.Rows.Count >= 2).ToList();
        var claims = shownViews.Values.OrderBy(c => c.Rank).ToList();

        var light = (Func<string, ClaimView>)(id => shownViews.TryGetValue(id, out var v) ? v : View(id, shown: false));
        var documentsBySource = corpus.Documents.ToLookup(d => d.SourceId);
        var newClaims = corpus.Claims.Count(c => c.IsNew);
        var ranking = new Json.ClaimRanking(ranked.ToDictionary(x => x.Claim.Id,
            x => (x.Rank, x.Score, x.Claim.Attributions.Select(a => OutletOf(a.DocumentId, a.SourceId).Name).Distinct().Count()), StringComparer.Ordinal));
        var facts = Facts(corpus.Links, light);
        var sections = PluginSections(corpus.Claims, light);
        // Every claim the page cites (cards, conflict rows, facts, sections) once: the Markdown's footnotes are theirs.
        var cited = claims
            .Concat(storyViews.SelectMany(s => s.Conflicts).Concat(conflicts).SelectMany(c => c.Rows).Select(r => light(r.ClaimId)))
            .Concat(facts.SelectMany(f => f.Claims)).Concat(sections.SelectMany(s => s.Claims))
            .DistinctBy(c => c.Id).ToList();
        var view = new DigestView(
            title,
            generatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            Json.DigestJsonWriter.Schema,
            options.MaxClaims,
            new OverviewView(corpus.Sources.Length, corpus.Documents.Length, corpus.Documents.Sum(d => d.Sentences.Length),
                corpus.Claims.Length, corpus.Claims.Sum(c => c.Attributions.Length), corpus.Merges.Count(m => m.Level == "claim"), corpus.Removed.Length, corpus.Skipped.Length,
                stories.Count, stories.Count(s => s.IsNew), newClaims),
            new BriefingView(options.Budget, summary, Coverage(corpus.Documents.Select(d => OutletOf(d.Id, d.SourceId))), SidesNote(corpus.Documents.Select(d => OutletOf(d.Id, d.SourceId)))),
            storyViews,
            claims,
            conflicts,
            facts,
            Quotes(claims),
            Names(corpus.Claims),
            new IndexView(
                [.. stories.Take(IndexedStories).Select(s => new StoryRowView(s.Id, s.Title, Date(s.FirstReported), s.DocumentIds.Length, s.SourceIds.Length,
                    s.ClaimIds.Length, plan.Stories.Any(p => p.StoryId == s.Id), s.IsNew))],
                Math.Max(0, stories.Count - IndexedStories), Math.Max(0, corpus.Sources.Length - IndexedSources)),
            corpus.Sources.Take(IndexedSources).Select(s => new SourceView(s.Id, s.Path, s.Sha256, s.Bytes,
                documentsBySource[s.Id].Take(IndexedDocuments).Select(d => new DocumentView(d.Id, d.Title, Date(d.Get(DocumentMetadata.Published)),
                    d.Get(DocumentMetadata.Authors), d.Get(DocumentMetadata.Publisher), d.Get(DocumentMetadata.Site), d.Span.Line, d.Span.EndLine, d.Sentences.Length, d.BoundaryReason, UrlOf(d))
                    { Metadata = PluginMetadata.Of(d) }).ToList())).ToList(),
            // The first thousand removed spans; index/removed.jsonl lists every one.
            corpus.Removed.Take(1000).Select(r => new RemovedView(sources[r.Span.SourceId].Path, r.Span.Line, r.Span.EndLine, r.Reason,
                Shorten(TextNormalizer.CollapseWhitespace(TextOf(r.Span.SourceId).TextOf(r.Span)), 120))).ToList(),
            corpus.Skipped.Select(s => new SkippedView(s.Path, s.Line, s.Reason)).ToList(),
            sections,
            cited);
        return (view, ranking);
    }

    /// <summary>Without a stage that finds stories, each document is a story of its own.</summary>
    private static List<Story> DocumentStories(Corpus corpus)
    {
        var claimsOf = corpus.Claims.SelectMany(c => c.Attributions.Select(a => (a.DocumentId, c))).ToLookup(x => x.DocumentId, x => x.c);
        return [.. corpus.Documents
            .Select(d => new Story("d" + d.Id, d.Title ?? claimsOf[d.Id].FirstOrDefault()?.Text ?? d.Id, [d.Id])
            {
                ClaimIds = [.. claimsOf[d.Id].OrderByDescending(c => c.IndependentSources).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id).Distinct()],
                SourceIds = [d.SourceId],
                FirstReported = d.Get(DocumentMetadata.Published),
                FirstReportedBy = d.Get(DocumentMetadata.Published) is null ? null : d.SourceId,
            })
            .Where(s => s.ClaimIds.Length > 0)
            .OrderByDescending(s => s.ClaimIds.Length)];
    }

    private StoryView StoryView(Story story, BriefingPlanner.PlannedStory plan, Dictionary<string, Document> documents,
        Dictionary<string, SourceFile> sources, Func<string, string, Outlet> outletOf, Func<string, bool, ClaimView> view)
    {
        var storyOutlets = story.DocumentIds.Select(id => documents.GetValueOrDefault(id)).OfType<Document>()
            .Select(d => (Outlet: outletOf(d.Id, d.SourceId), Url: UrlOf(d))).ToList();
        var outletViews = storyOutlets.GroupBy(o => o.Outlet.Name, StringComparer.Ordinal)
            .Select(g => new OutletView(g.Key, g.First().Outlet.Kind, string.Join(", ", g.First().Outlet.Sides), g.First().Outlet.Country, g.Select(x => x.Url).FirstOrDefault(u => u is not null)))
            .ToList();
        var firstBy = story.FirstReportedBy is { } by && sources.ContainsKey(by)
            ? story.DocumentIds.Select(id => documents.GetValueOrDefault(id)).OfType<Document>().Where(d => d.SourceId == by).Select(d => outletOf(d.Id, d.SourceId).Name).FirstOrDefault()
                ?? sources[by].Path
            : null;
        return new StoryView(story.Id, story.Title, Date(story.FirstReported), firstBy, story.IsNew, story.NewDocuments, story.DocumentIds.Length,
            outletViews, Coverage(storyOutlets.Select(o => o.Outlet)), OneSided(storyOutlets.Select(o => o.Outlet)),
            [.. plan.Claims.Select(id => view(id, true))], [], plan.MoreClaims);
    }

    private static ConflictView Conflict(ClaimLink link, Func<string, bool, ClaimView> view, Dictionary<string, ClaimView> shown) =>
        new(link.Id, link.Basis, link.Claims
            .Select(m => (Member: m, Claim: view(m.ClaimId, shown.ContainsKey(m.ClaimId))))
            .Select(x => new ConflictRowView(x.Member.Value ?? "", x.Member.Text ?? "", x.Claim.Id, x.Claim.Citations[0], x.Claim.SourceCount, x.Claim.Shown))
            .OrderBy(r => r.Citation.Path, StringComparer.Ordinal).ThenBy(r => r.Citation.Start)
            .ToList());

    /// <summary>The share of reports by kind of outlet and by side, largest first ("unknown" for outlets publishers.yaml does not know).</summary>
    private static List<CoverageView> Coverage(IEnumerable<Outlet> reporting)
    {
        var outlets = reporting.DistinctBy(o => o.Name).ToList();
        if (outlets.Count == 0 || outlets.All(o => !o.Known)) return [];
        var labels = outlets.SelectMany(o => o.Sides.Count > 0 ? o.Sides.Select(s => s) : [o.Kind ?? "unknown"]).ToList();
        return [.. labels.GroupBy(l => l, StringComparer.Ordinal)
            .Select(g => new CoverageView(g.Key, g.Count(), (int)Math.Round(100.0 * g.Count() / labels.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)];
    }

    /// <summary>"Only sources critical of the MEK report this story." when every outlet with a known side shares one side.</summary>
    private static string? OneSided(IEnumerable<Outlet> reporting)
    {
        var sides = reporting.DistinctBy(o => o.Name).Where(o => o.Sides.Count > 0).SelectMany(o => o.Sides).Distinct(StringComparer.Ordinal).ToList();
        return sides.Count == 1 ? $"Only sources {sides[0]} report this story." : null;
    }

    /// <summary>For the whole corpus: says plainly when every outlet with a known side is on one side.</summary>
    private static string? SidesNote(IEnumerable<Outlet> reporting)
    {
        var outlets = reporting.DistinctBy(o => o.Name).ToList();
        var sided = outlets.Where(o => o.Sides.Count > 0).ToList();
        var sides = sided.SelectMany(o => o.Sides).Distinct(StringComparer.Ordinal).ToList();
        if (sides.Count != 1) return null;
        return $"{sided.Count} of the {outlets.Count} outlets are {sides[0]}; no outlet of another side is among the sources.";
    }

    private static double Score(Claim claim, Dictionary<string, int> sameFact)
    {
        // Corroboration counts independent reports (a file, a publisher, syndicated copies each count once), and the
        // reports that state the same fact in other sentences.
        var sources = claim.IndependentSources > 0 ? claim.IndependentSources : claim.Attributions.Select(a => a.SourceId).Distinct().Count();
        sources = Math.Max(sources, sameFact.GetValueOrDefault(claim.Id));
        var entities = claim.Tags.Where(t => t.Kind == TagKinds.Entity).Select(t => t.Value).Distinct().Count();
        var kind = KindOf(claim);
        var score = 3.0 * (sources - 1) + 1.5 * Math.Min(entities, 2)
            + (claim.Tags.Any(t => t.Kind == TagKinds.Figure) ? 1 : 0)
            + (claim.Tags.Any(t => t.Kind == TagKinds.Speaker) ? 0.5 : 0)
            - (kind == "question" ? 3 : kind == "opinion" ? 1 : 0);
        return Math.Round(score, 2);
    }

    /// <summary>A claim's kind (tag <c>kind</c>), "fact" when no tagger said.</summary>
    internal static string KindOf(Claim claim) => claim.Tags.FirstOrDefault(t => t.Kind == TagKinds.ClaimKind)?.Value ?? "fact";

    /// <summary>For each claim linked as stating one fact with others: how many source files state that fact.</summary>
    private static Dictionary<string, int> SameFactReports(Corpus corpus)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = corpus.Claims.ToDictionary(c => c.Id);
        foreach (var link in corpus.Links.Where(l => l.Kind == ClaimLinkKind.SameFact))
        {
            var members = link.Claims.Select(m => byId.GetValueOrDefault(m.ClaimId)).OfType<Claim>().ToList();
            var reports = members.SelectMany(c => c.Attributions.Select(a => a.SourceId)).Distinct().Count();
            foreach (var c in members) result[c.Id] = Math.Max(result.GetValueOrDefault(c.Id), reports);
        }
        return result;
    }

    private ClaimView ToView(Claim claim, int rank, double score, Dictionary<string, Document> documents,
        Dictionary<string, SourceFile> sources, Func<string, SourceText> textOf, Func<string, string, Outlet> outletOf, bool full)
    {
        // A sentence copied into thousands of files would make the page unreadable: show the first few
        // (canonical first) and the count of the rest; index/claims.jsonl keeps every attribution.
        var citations = claim.Attributions.Take(full ? options.MaxCitations : 1).Select((a, i) => Cite(claim.Id, i, a, documents, sources, textOf, outletOf, full)).ToList();
        var reporting = claim.Attributions.Select(a => outletOf(a.DocumentId, a.SourceId)).ToList();
        return new ClaimView(
            claim.Id, rank, score, claim.Text,
            claim.Attributions.Select(a => a.SourceId).Distinct().Count(), reporting.Select(o => o.Name).Distinct().Count(),
            claim.IndependentSources > 0 ? claim.IndependentSources : claim.Attributions.Select(a => a.SourceId).Distinct().Count(),
            KindOf(claim), claim.Tags.FirstOrDefault(t => t.Kind == TagKinds.Speaker)?.Value,
            claim.Tags.Where(t => t.Kind == TagKinds.Entity).Select(t => t.Get(TagKeys.Name) ?? t.Value).Distinct().ToList(),
            claim.Tags.Where(t => t.Kind == TagKinds.Figure).Select(t => t.Get(TagKeys.Text) ?? t.Value).Distinct().ToList(),
            claim.Tags.Where(t => t.Kind == TagKinds.Speaker).Select(t => t.Value).Distinct().ToList(),
            claim.Tags.Select(t => new TagView(t.Kind, t.Value, t.Attributes)).ToList(),
            citations,
            claim.Attributions.Length - citations.Count,
            claim.IsNew,
            claim.FirstSeen?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            full ? Coverage(reporting) : [],
            full);
    }

    private CitationView Cite(string claimId, int index, Attribution a, Dictionary<string, Document> documents,
        Dictionary<string, SourceFile> sources, Func<string, SourceText> textOf, Func<string, string, Outlet> outletOf, bool withContext)
    {
        var document = documents.GetValueOrDefault(a.DocumentId);
        var (before, after) = withContext ? Context(textOf(a.SourceId), a.Span) : ("", "");
        return new CitationView(
            $"{claimId}-{index + 1}", a.SourceId, sources[a.SourceId].Path, a.DocumentId, document?.Title, outletOf(a.DocumentId, a.SourceId).Name,
            Date(document?.Get(DocumentMetadata.Published)), document?.Get(DocumentMetadata.Authors).ToList() ?? [], a.Span.Line, a.Span.EndLine, a.Span.Start, a.Span.End,
            a.Quote, before, after, a.Similarity, a.Match, document is null ? null : UrlOf(document));
    }

    /// <summary>The page's own address (an http(s) URL the page declares), for a link to the original.</summary>
    private static string? UrlOf(Document document) =>
        document.Tags.FirstOrDefault(t => t.Kind == TagKinds.Url)?.Value is { } url
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? url : null;

    /// <summary>The source text around a cited span, for the in-page passage view.</summary>
    private (string Before, string After) Context(SourceText text, SourceSpan span)
    {
        var bytes = text.Bytes.Span;
        if (text.Encoding != TextEncoding.Utf8)
        {
            // UTF-16: whole code units (even offsets after the byte order mark).
            var before = Math.Max(2, span.Start - 2 * options.ContextChars);
            var after = Math.Min(bytes.Length, span.End + 2 * options.ContextChars);
            return (text.Decode(before, span.Start).Text, text.Decode(span.End, after - (after - span.End) % 2).Text);
        }
        var from = Utf8Boundary(bytes, Math.Max(0, span.Start - options.ContextChars));
        var to = Utf8Boundary(bytes, Math.Min(bytes.Length, span.End + options.ContextChars));
        if (text.File.Format != SourceFormat.Text)
            return (text.Decode(from, span.Start).Text, text.Decode(span.End, to).Text);
        return (Encoding.UTF8.GetString(bytes[from..span.Start]), Encoding.UTF8.GetString(bytes[span.End..to]));
    }

    /// <summary>The facts stated in different sentences by different sources (top 20).</summary>
    private static List<FactView> Facts(IReadOnlyList<ClaimLink> links, Func<string, ClaimView> view) =>
        links.Where(l => l.Kind == ClaimLinkKind.SameFact)
            .Select(l => new FactView(l.Id, l.Basis, l.Claims.Select(m => view(m.ClaimId)).OrderBy(c => c.Rank).ToList()))
            .Where(f => f.Claims.Count >= 2)
            .OrderBy(f => f.Claims[0].Rank)
            .Take(20)
            .ToList();

    /// <summary>Quotations among the claims the briefing shows, at most three per speaker, no interviewer's questions.</summary>
    private static List<QuoteView> Quotes(List<ClaimView> claims) =>
        claims.Where(c => c.Kind != "question" && c.Speaker is not null)
            .Select(c => new QuoteView(c.Speaker!, c.Tags.FirstOrDefault(t => t.Kind == TagKinds.Speaker)?.Attributes.GetValueOrDefault("speech", "reported") ?? "reported",
                c.Text, c.Id, c.Citations[0], c.Shown))
            .GroupBy(q => q.Speaker, StringComparer.Ordinal).SelectMany(g => g.Take(3))
            .OrderBy(q => q.Speaker, StringComparer.Ordinal).ThenBy(q => q.Citation.Path, StringComparer.Ordinal).ThenBy(q => q.Citation.Start)
            .ToList();

    /// <summary>Names the gazetteer lacks that at least two claims mention, most mentioned first (the top 30).</summary>
    private static List<NameView> Names(IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Tags.Where(t => t.Kind == TagKinds.Name).Select(t => t.Value).Distinct().Select(name => (Name: name, Claim: c)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Select(g => new NameView(g.Key, g.Count(), g.Sum(x => x.Claim.Attributions.Select(a => a.SourceId).Distinct().Count())))
            .Where(n => n.Claims >= 2)
            .OrderByDescending(n => n.Claims).ThenByDescending(n => n.Reports).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(30)
            .ToList();

    /// <summary>Claims a plugin's tag kind marks (e.g. <c>watchlist.alert</c>), at most <c>max_claims</c> per kind.</summary>
    private List<PluginSectionView> PluginSections(IEnumerable<Claim> claims, Func<string, ClaimView> view) =>
        claims.SelectMany(c => c.Tags.Where(t => TagKinds.IsPluginSection(t.Kind)).Select(t => (t.Kind, Claim: c)))
            .GroupBy(x => x.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PluginSectionView(g.Key, SectionTitle(g.Key, g.Select(x => x.Claim)),
                g.Select(x => x.Claim.Id).Distinct().Select(view).OrderBy(c => c.Rank).Take(options.MaxClaims).ToList()))
            .ToList();

    /// <summary>The heading a plugin gave its tags (<see cref="TagKeys.Section"/>), else the tag kind itself.</summary>
    private static string SectionTitle(string kind, IEnumerable<Claim> claims) =>
        claims.SelectMany(c => c.Tags).Where(t => t.Kind == kind).Select(t => t.Get(TagKeys.Section)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? kind;

    private static int Utf8Boundary(ReadOnlySpan<byte> bytes, int offset)
    {
        while (offset > 0 && offset < bytes.Length && (bytes[offset] & 0xC0) == 0x80) offset--;
        return offset;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
