namespace Processor.Plugins.Renderer.Model;

// The template model. Scriban sees each property in snake_case (SourceCount → source_count);
// docs/template-model.md documents every field and a test renders a template that touches them all.

/// <summary>The whole digest: a briefing bounded by a word budget, then a full index.</summary>
public sealed record DigestView(
    string Title,
    string GeneratedAt,
    string Schema,
    int MaxClaims,
    OverviewView Overview,
    BriefingView Briefing,
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<NameView> Names,
    IndexView Index,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<RemovedView> Removed,
    IReadOnlyList<SkippedView> Skipped,
    IReadOnlyList<PluginSectionView> Sections,
    IReadOnlyList<ClaimView> Cited);

/// <summary>Counts of the whole corpus.</summary>
public sealed record OverviewView(int Sources, int Documents, int Sentences, int Claims, int Occurrences, int DuplicatesMerged, int RemovedSpans, int Skipped,
    int Stories, int NewStories, int NewClaims);

/// <summary>The top of the briefing: how much there is, and one cited sentence for each top story.</summary>
public sealed record BriefingView(int Budget, IReadOnlyList<SummaryView> Summary, IReadOnlyList<CoverageView> Coverage, string? SidesNote);

/// <summary>One sentence of the summary: a story's lead claim, with its citation.</summary>
public sealed record SummaryView(string StoryId, string StoryTitle, string Text, string ClaimId, CitationView Citation, int IndependentSources, bool IsNew);

/// <summary>A story as the briefing shows it.</summary>
public sealed record StoryView(
    string Id,
    string Title,
    string? FirstReported,
    string? FirstReportedBy,
    bool IsNew,
    int NewDocuments,
    int DocumentCount,
    IReadOnlyList<OutletView> Outlets,
    IReadOnlyList<CoverageView> Coverage,
    string? OneSided,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<ConflictView> Conflicts,
    int MoreClaims);

/// <summary>An outlet reporting a story or claim: from publishers.yaml when it knows it.</summary>
public sealed record OutletView(string Name, string? Kind, string Sides, string? Country, string? Url);

/// <summary>How many reports of one kind or side (a bar of the coverage).</summary>
public sealed record CoverageView(string Label, int Count, int Percent);

/// <summary>One claim with its rank and its citations (at most <c>max_citations</c>); <c>Shown</c> when the briefing has its card (a link target).</summary>
public sealed record ClaimView(
    string Id,
    int Rank,
    double Score,
    string Text,
    int SourceCount,
    int PublisherCount,
    int IndependentSources,
    string Kind,
    string? Speaker,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Figures,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<CitationView> Citations,
    int MoreCitations,
    bool IsNew,
    string? FirstSeen,
    IReadOnlyList<CoverageView> Coverage,
    bool Shown);

/// <summary>A tag as templates see it.</summary>
public sealed record TagView(string Kind, string Value, IReadOnlyDictionary<string, string> Attributes);

/// <summary>Where one occurrence of a claim is, with enough context to show the passage.</summary>
public sealed record CitationView(
    string Anchor,
    string Source,
    string Path,
    string Document,
    string? DocumentTitle,
    string? Publisher,
    string? Published,
    IReadOnlyList<string> Authors,
    int Line,
    int EndLine,
    int Start,
    int End,
    string Quote,
    string Before,
    string After,
    double Similarity,
    string Match,
    string? Url);

/// <summary>Sources that give different values for one quantity: each value with the claim that states it.</summary>
public sealed record ConflictView(string Id, string Quantity, IReadOnlyList<ConflictRowView> Rows);

/// <summary>One value of a conflict, as stated, with its claim's first citation and how many sources state it.</summary>
public sealed record ConflictRowView(string Value, string Text, string ClaimId, CitationView Citation, int SourceCount, bool Linked);

/// <summary>Claims of different sources that state one fact in different sentences.</summary>
public sealed record FactView(string Id, string Basis, IReadOnlyList<ClaimView> Claims);

/// <summary>A capitalised name the gazetteer lacks (tag <c>name</c>): how many claims mention it, and their source counts added up.</summary>
public sealed record NameView(string Name, int Claims, int Reports);

/// <summary>A quotation or reported statement with its speaker.</summary>
public sealed record QuoteView(string Speaker, string Speech, string Text, string ClaimId, CitationView Citation, bool Linked);

/// <summary>Everything beyond the briefing: every story (up to a bound; index/stories.jsonl has all) and the sources.</summary>
public sealed record IndexView(IReadOnlyList<StoryRowView> Stories, int MoreStories, int MoreSources);

/// <summary>A story in the full index: whether the briefing shows it (then <c>id</c> is a link target).</summary>
public sealed record StoryRowView(string Id, string Title, string? FirstReported, int Documents, int Sources, int Claims, bool Shown, bool IsNew);

/// <summary>An input file and the articles found in it.</summary>
public sealed record SourceView(string Id, string Path, string Sha256, long Bytes, IReadOnlyList<DocumentView> Documents);

/// <summary>An article.</summary>
public sealed record DocumentView(string Id, string? Title, string? Published, IReadOnlyList<string> Authors, string? Publisher, string? Site, int Line, int EndLine, int Sentences, string? BoundaryReason, string? Url)
{
    /// <summary>Other plugins' document metadata (SDK 2 metadata keys that are not the SDK's own), by key name, as stored.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}

/// <summary>Text left out of the digest.</summary>
public sealed record RemovedView(string Path, int Line, int EndLine, string Reason, string Text);

/// <summary>An input that could not be processed.</summary>
public sealed record SkippedView(string Path, int Line, string Reason);

/// <summary>Claims that a plugin's tag kind marks (e.g. <c>watchlist.alert</c>), for plugin-provided partials.</summary>
/// <param name="Title">The heading: what the plugin named its section (<c>TagKeys.Section</c> on its tags), else the kind.</param>
public sealed record PluginSectionView(string Kind, string Title, IReadOnlyList<ClaimView> Claims);
