using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// Documents of one or more sources about one event or subject, grouped by a corpus stage (the built-in deduplicator
/// groups them by the words their claims share). Remembered across runs by a stage that keeps state, so that a
/// follow-up joins the story an earlier run found.
/// </summary>
/// <param name="Id">Stable id: kept while the story goes on from run to run.</param>
/// <param name="Title">The title of its most central document.</param>
/// <param name="DocumentIds">Its documents in this run, in order of publication (undated last).</param>
public sealed record Story(string Id, string Title, ImmutableArray<string> DocumentIds)
{
    /// <summary>The claims its documents state, most independently reported first.</summary>
    public ImmutableArray<string> ClaimIds { get; init; } = [];

    /// <summary>The sources (files) of its documents.</summary>
    public ImmutableArray<string> SourceIds { get; init; } = [];

    /// <summary>The earliest publication date of its documents, this run's or an earlier run's.</summary>
    public DateOnly? FirstReported { get; init; }

    /// <summary>The source (its id) that reported it first (with <see cref="FirstReported"/>).</summary>
    public string? FirstReportedBy { get; init; }

    /// <summary>True when no earlier run saw the story (always true without a state store).</summary>
    public bool IsNew { get; init; } = true;

    /// <summary>How many of its documents no earlier run placed in it ("3 new reports on a story you have seen").</summary>
    public int NewDocuments { get; init; }
}
