using System.Globalization;
using System.Text;
using Processor.Abstractions;

namespace Processor.Plugins.Renderer.Model;

/// <summary>
/// Builds the template model from the final corpus: ranks claims by salience, groups them into topics, shows the
/// conflicts and the facts stated in different sentences that the deduplicator linked, and collects quotations.
/// Salience (docs/template-model.md): 3 per extra independent report (of the claim and of the claims stating the same
/// fact) + 1.5 per entity (at most 2) + 1 for a figure + 0.5 for a speaker; an opinion loses 1, a question 3.
/// </summary>
internal sealed class DigestModelBuilder(RendererOptions options)
{
    public DigestView Build(Corpus corpus, string title, DateTimeOffset generatedAt, Func<SourceFile, SourceText> open)
    {
        var sources = corpus.Sources.ToDictionary(s => s.Id);
        var documents = corpus.Documents.ToDictionary(d => d.Id);
        var texts = new Dictionary<string, SourceText>();
        SourceText TextOf(string id) => texts.TryGetValue(id, out var t) ? t : texts[id] = open(sources[id]);

        // Two passes keep memory flat on large corpora: every claim gets a light view (its first citation,
        // no surrounding text) for ranking and grouping; only the claims a digest shows get full citations.
        var sameFact = SameFactReports(corpus);
        var ranked = corpus.Claims
            .Select(c => (Claim: c, Score: Score(c, sameFact)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Claim.Id, StringComparer.Ordinal)
            .Select((x, i) => (x.Claim, Rank: i + 1, x.Score))
            .ToList();
        var light = ranked.Select(x => ToView(x.Claim, x.Rank, x.Score, documents, sources, TextOf, full: false)).ToList();
        var shown = Shown(light, corpus.Links);
        var claims = ranked.Select((x, i) => shown.Contains(x.Claim.Id) ? ToView(x.Claim, x.Rank, x.Score, documents, sources, TextOf, full: true) : light[i]).ToList();
        var documentsBySource = corpus.Documents.ToLookup(d => d.SourceId);

        return new DigestView(
            title,
            generatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            "processor.digest/1",
            options.MaxClaims,
            new OverviewView(corpus.Sources.Length, corpus.Documents.Length, corpus.Documents.Sum(d => d.Sentences.Length),
                corpus.Claims.Length, corpus.Claims.Sum(c => c.Attributions.Length), corpus.Merges.Length, corpus.Removed.Length, corpus.Skipped.Length),
            claims,
            Topics(claims),
            Conflicts(claims, corpus.Links),
            Facts(claims, corpus.Links),
            Quotes(claims),
            Names(claims),
            corpus.Sources.Select(s => new SourceView(s.Id, s.Path, s.Sha256, s.Bytes,
                documentsBySource[s.Id].Select(d => new DocumentView(d.Id, d.Title, Date(d.Published),
                    d.Authors, d.Publisher, d.Site, d.Span.Line, d.Span.EndLine, d.Sentences.Length, d.BoundaryReason)).ToList())).ToList(),
            // The first thousand removed spans; digest.json lists every one (a large corpus removes hundreds of thousands).
            corpus.Removed.Take(1000).Select(r => new RemovedView(sources[r.Span.SourceId].Path, r.Span.Line, r.Span.EndLine, r.Reason,
                Shorten(TextNormalizer.CollapseWhitespace(TextOf(r.Span.SourceId).TextOf(r.Span)), 120))).ToList(),
            corpus.Skipped.Select(s => new SkippedView(s.Path, s.Line, s.Reason)).ToList(),
            PluginSections(claims),
            claims.Where(c => shown.Contains(c.Id)).ToList());
    }

    /// <summary>The claims a digest shows: the top <c>max_claims</c> and those its topics, conflicts, facts, quotes and sections list.</summary>
    private HashSet<string> Shown(List<ClaimView> light, IReadOnlyList<ClaimLink> links)
    {
        var ids = light.Take(options.MaxClaims).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        ids.UnionWith(Topics(light).SelectMany(t => t.Claims).Select(c => c.Id));
        ids.UnionWith(Conflicts(light, links).SelectMany(g => g.Rows).Select(r => r.ClaimId));
        ids.UnionWith(Facts(light, links).SelectMany(f => f.Claims).Select(c => c.Id));
        ids.UnionWith(Quotes(light).Select(q => q.ClaimId));
        ids.UnionWith(PluginSections(light).SelectMany(s => s.Claims).Select(c => c.Id));
        return ids;
    }

    private static double Score(Claim claim, Dictionary<string, int> sameFact)
    {
        // Corroboration counts independent reports (a file, a publisher, syndicated copies each count once), and the
        // reports that state the same fact in other sentences.
        var sources = claim.IndependentSources > 0 ? claim.IndependentSources : claim.Attributions.Select(a => a.SourceId).Distinct().Count();
        sources = Math.Max(sources, sameFact.GetValueOrDefault(claim.Id));
        var entities = claim.Tags.Where(t => t.Kind == "entity").Select(t => t.Value).Distinct().Count();
        var kind = KindOf(claim);
        var score = 3.0 * (sources - 1) + 1.5 * Math.Min(entities, 2)
            + (claim.Tags.Any(t => t.Kind == "figure") ? 1 : 0)
            + (claim.Tags.Any(t => t.Kind == "speaker") ? 0.5 : 0)
            - (kind == "question" ? 3 : kind == "opinion" ? 1 : 0);
        return Math.Round(score, 2);
    }

    /// <summary>A claim's kind (tag <c>kind</c>), "fact" when no tagger said.</summary>
    private static string KindOf(Claim claim) => claim.Tags.FirstOrDefault(t => t.Kind == "kind")?.Value ?? "fact";

    /// <summary>
    /// For each claim linked as stating one fact with others: how many independent reports state that fact (the most
    /// any claim of the link counts, plus one per other claim's reports, bounded by the claims' sources together).
    /// </summary>
    private static Dictionary<string, int> SameFactReports(Corpus corpus)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = corpus.Claims.ToDictionary(c => c.Id);
        foreach (var link in corpus.Links.Where(l => l.Kind == ClaimLinkKind.SameFact))
        {
            var members = link.Claims.Select(m => byId.GetValueOrDefault(m.ClaimId)).OfType<Claim>().ToList();
            // Distinct source files across the linked claims: a lower bound on independent reports that needs no document data.
            var reports = members.SelectMany(c => c.Attributions.Select(a => a.SourceId)).Distinct().Count();
            foreach (var c in members) result[c.Id] = Math.Max(result.GetValueOrDefault(c.Id), reports);
        }
        return result;
    }

    private ClaimView ToView(Claim claim, int rank, double score, Dictionary<string, Document> documents,
        Dictionary<string, SourceFile> sources, Func<string, SourceText> textOf, bool full)
    {
        // A sentence copied into thousands of files would make the page unreadable: show the first few
        // (canonical first) and the count of the rest; digest.json keeps every attribution.
        var citations = claim.Attributions.Take(full ? options.MaxCitations : 1).Select((a, i) => Cite(claim.Id, i, a, documents, sources, textOf, full)).ToList();
        var publishers = claim.Attributions
            .Select(a => documents.GetValueOrDefault(a.DocumentId)?.Publisher ?? sources[a.SourceId].Path)
            .Distinct().Count();
        return new ClaimView(
            claim.Id, rank, score, claim.Text,
            claim.Attributions.Select(a => a.SourceId).Distinct().Count(), publishers,
            claim.IndependentSources > 0 ? claim.IndependentSources : claim.Attributions.Select(a => a.SourceId).Distinct().Count(),
            KindOf(claim), claim.Tags.FirstOrDefault(t => t.Kind == "speaker")?.Value,
            claim.Tags.Where(t => t.Kind == "entity").Select(t => t.Get("name") ?? t.Value).Distinct().ToList(),
            claim.Tags.Where(t => t.Kind == "figure").Select(t => t.Get("text") ?? t.Value).Distinct().ToList(),
            claim.Tags.Where(t => t.Kind == "speaker").Select(t => t.Value).Distinct().ToList(),
            claim.Tags.Select(t => new TagView(t.Kind, t.Value, t.Attributes)).ToList(),
            citations,
            claim.Attributions.Length - citations.Count,
            claim.IsNew,
            claim.FirstSeen?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private CitationView Cite(string claimId, int index, Attribution a, Dictionary<string, Document> documents,
        Dictionary<string, SourceFile> sources, Func<string, SourceText> textOf, bool withContext)
    {
        var document = documents.GetValueOrDefault(a.DocumentId);
        var (before, after) = withContext ? Context(textOf(a.SourceId), a.Span) : ("", "");
        return new CitationView(
            $"{claimId}-{index + 1}", a.SourceId, sources[a.SourceId].Path, a.DocumentId, document?.Title, document?.Publisher,
            Date(document?.Published), document?.Authors.ToList() ?? [], a.Span.Line, a.Span.EndLine, a.Span.Start, a.Span.End,
            a.Quote, before, after, a.Similarity, a.Match);
    }

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

    private static List<TopicView> Topics(List<ClaimView> claims) =>
        claims.SelectMany(c => c.Tags.Where(t => t.Kind == "entity").Select(t => (Tag: t, Claim: c)))
            .GroupBy(x => x.Tag.Value)
            .Select(g => new TopicView(g.Key, g.First().Tag.Attributes.GetValueOrDefault("name", g.Key), Math.Round(g.Sum(x => x.Claim.Score), 2),
                g.Select(x => x.Claim).DistinctBy(c => c.Id).OrderBy(c => c.Rank).Take(10).ToList()))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(12)
            .ToList();

    /// <summary>The deduplicator's conflicts, most sources first: each value with the claim stating it.</summary>
    private static List<ConflictView> Conflicts(List<ClaimView> claims, IReadOnlyList<ClaimLink> links)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return links.Where(l => l.Kind == ClaimLinkKind.Conflict)
            .Select(l => new ConflictView(l.Id, l.Basis, l.Claims.Where(m => byId.ContainsKey(m.ClaimId))
                .Select(m => (Member: m, Claim: byId[m.ClaimId]))
                .Select(x => new ConflictRowView(x.Member.Value ?? "", x.Member.Text ?? "", x.Claim.Id, x.Claim.Citations[0], x.Claim.SourceCount))
                .OrderBy(r => r.Citation.Path, StringComparer.Ordinal).ThenBy(r => r.Citation.Start)
                .ToList()))
            .Where(c => c.Rows.Count >= 2)
            .OrderByDescending(c => c.Rows.Select(r => r.Citation.Source).Distinct().Count()).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(20)
            .ToList();
    }

    /// <summary>The facts stated in different sentences by different sources, best-ranked first.</summary>
    private static List<FactView> Facts(List<ClaimView> claims, IReadOnlyList<ClaimLink> links)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return links.Where(l => l.Kind == ClaimLinkKind.SameFact)
            .Select(l => new FactView(l.Id, l.Basis, l.Claims.Select(m => byId.GetValueOrDefault(m.ClaimId)).OfType<ClaimView>().OrderBy(c => c.Rank).ToList()))
            .Where(f => f.Claims.Count >= 2)
            .OrderBy(f => f.Claims[0].Rank)
            .Take(20)
            .ToList();
    }

    /// <summary>
    /// Quotations of the best-ranked claims (at most <c>max_claims</c>, at most three per speaker so that one long
    /// interview does not fill the list; no interviewer's questions), by speaker.
    /// </summary>
    private List<QuoteView> Quotes(List<ClaimView> claims) =>
        claims.Where(c => c.Kind != "question")
            .SelectMany(c => c.Tags.Where(t => t.Kind == "speaker")
                .Select(t => new QuoteView(t.Value, t.Attributes.GetValueOrDefault("speech", "reported"), c.Text, c.Id, c.Citations[0])))
            .GroupBy(q => q.Speaker, StringComparer.Ordinal).SelectMany(g => g.Take(3))
            .Take(options.MaxClaims)
            .OrderBy(q => q.Speaker, StringComparer.Ordinal).ThenBy(q => q.Citation.Path, StringComparer.Ordinal).ThenBy(q => q.Citation.Start)
            .ToList();

    /// <summary>Names the gazetteer lacks that at least two claims mention, most mentioned first (the top 30).</summary>
    private static List<NameView> Names(List<ClaimView> claims) =>
        claims.SelectMany(c => c.Tags.Where(t => t.Kind == "name").Select(t => t.Value).Distinct().Select(name => (Name: name, Claim: c)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Select(g => new NameView(g.Key, g.Count(), g.Sum(x => x.Claim.SourceCount)))
            .Where(n => n.Claims >= 2)
            .OrderByDescending(n => n.Claims).ThenByDescending(n => n.Reports).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(30)
            .ToList();

    private List<PluginSectionView> PluginSections(List<ClaimView> claims) =>
        claims.SelectMany(c => c.Tags.Where(t => t.Kind.Contains('.') && !t.Kind.StartsWith("line.", StringComparison.Ordinal)).Select(t => (t.Kind, Claim: c)))
            .GroupBy(x => x.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PluginSectionView(g.Key, g.Select(x => x.Claim).DistinctBy(c => c.Id).OrderBy(c => c.Rank).Take(options.MaxClaims).ToList()))
            .ToList();

    private static int Utf8Boundary(ReadOnlySpan<byte> bytes, int offset)
    {
        while (offset > 0 && offset < bytes.Length && (bytes[offset] & 0xC0) == 0x80) offset--;
        return offset;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
