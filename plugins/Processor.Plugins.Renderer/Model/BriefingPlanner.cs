using Processor.Abstractions;

namespace Processor.Plugins.Renderer.Model;

/// <summary>
/// Chooses what the briefing shows within its word budget (option <c>budget</c>: about ten minutes of reading by
/// default): stories in order of how many sources report them, each with its best claims (most independently
/// reported first, no questions, a claim shown once in the whole briefing) and the conflicts among them; then the
/// conflicts of stories not shown. The summary at the top repeats each of the first stories' lead claim, and counts
/// against the budget too. Words are counted as a reader sees them: text, badges and citation lines.
/// </summary>
internal sealed class BriefingPlanner(RendererOptions options, Func<string, Claim> claimOf, Func<string, int> rankOf)
{
    /// <summary>Stories whose lead claim opens the briefing.</summary>
    public const int SummaryStories = 5;

    /// <summary>Claims shown per story at most.</summary>
    private const int ClaimsPerStory = 5;

    /// <summary>Stories shown even when the budget is spent before them.</summary>
    private const int MinStories = 3;

    /// <summary>Conflicts shown per story, and outside stories, at most.</summary>
    private const int ConflictsShown = 5;

    /// <summary>The page's own words: headings, counts, the filter box.</summary>
    private const int Furniture = 60;

    /// <summary>A claim card's words besides its text: badges and, per citation shown, its summary line.</summary>
    private const int CardWords = 10;
    private const int CitationWords = 14;

    public sealed record PlannedStory(string StoryId, List<string> Claims, List<ClaimLink> Conflicts, int MoreClaims);

    public sealed record BriefingPlan(List<PlannedStory> Stories, List<ClaimLink> Conflicts, int Words);

    public BriefingPlan Plan(IReadOnlyList<Story> stories, IReadOnlyList<ClaimLink> links)
    {
        var budget = options.Budget;
        var words = Furniture;
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var conflicts = links.Where(l => l.Kind == ClaimLinkKind.Conflict).ToList();
        var conflictShown = new HashSet<string>(StringComparer.Ordinal);
        var planned = new List<PlannedStory>();
        foreach (var story in Ordered(stories))
        {
            if (planned.Count >= MinStories && words >= budget) break;
            var candidates = story.ClaimIds.Where(id => !shown.Contains(id) && DigestModelBuilder.KindOf(claimOf(id)) != "question")
                .OrderBy(rankOf).ToList();
            if (candidates.Count == 0) continue;
            var cost = Count(story.Title) + 20;
            var taken = new List<string>();
            foreach (var id in candidates)
            {
                var claim = claimOf(id);
                var card = Count(claim.Text) + CardWords + CitationWords * Math.Min(claim.Attributions.Length, options.MaxCitations)
                           + (planned.Count < SummaryStories && taken.Count == 0 ? Count(claim.Text) + 6 : 0);
                if (taken.Count > 0 && (taken.Count >= ClaimsPerStory || words + cost + card > budget)) break;
                taken.Add(id);
                cost += card;
            }
            var ofStory = story.ClaimIds.ToHashSet(StringComparer.Ordinal);
            var storyConflicts = new List<ClaimLink>();
            foreach (var link in conflicts.Where(l => !conflictShown.Contains(l.Id) && l.Claims.Any(m => ofStory.Contains(m.ClaimId))))
            {
                var rows = 6 + 8 * link.Claims.Length;
                if (storyConflicts.Count >= ConflictsShown || words + cost + rows > budget) break;
                storyConflicts.Add(link);
                conflictShown.Add(link.Id);
                cost += rows;
            }
            shown.UnionWith(taken);
            words += cost;
            planned.Add(new PlannedStory(story.Id, taken, storyConflicts, candidates.Count - taken.Count));
        }
        var others = new List<ClaimLink>();
        foreach (var link in conflicts.Where(l => !conflictShown.Contains(l.Id)).OrderByDescending(l => l.Claims.Length).ThenBy(l => l.Id, StringComparer.Ordinal))
        {
            var rows = 6 + 8 * link.Claims.Length;
            if (others.Count >= ConflictsShown || words + rows > budget) break;
            others.Add(link);
            words += rows;
        }
        return new BriefingPlan(planned, others, words);
    }

    /// <summary>Stories reported by more sources first, then those with news since the last run, then by their best claim.</summary>
    private IEnumerable<Story> Ordered(IReadOnlyList<Story> stories) =>
        stories.OrderByDescending(s => s.SourceIds.Length)
            .ThenByDescending(s => s.NewDocuments > 0)
            .ThenBy(s => s.ClaimIds.Length == 0 ? int.MaxValue : s.ClaimIds.Min(rankOf))
            .ThenBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>Words as a reader counts them: runs of letters or digits between spaces.</summary>
    public static int Count(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
