using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>Everything the pipeline knows at one point of a run. Stages return changed copies.</summary>
public sealed record Corpus
{
    /// <summary>Every input file that was read.</summary>
    public ImmutableArray<SourceFile> Sources { get; init; } = [];

    /// <summary>Every article found, in source order.</summary>
    public ImmutableArray<Document> Documents { get; init; } = [];

    /// <summary>The claims; filled from the sentences marked <see cref="Sentence.IsClaim"/> before the first corpus stage.</summary>
    public ImmutableArray<Claim> Claims { get; init; } = [];

    /// <summary>Text that was left out, with the reason.</summary>
    public ImmutableArray<RemovedSpan> Removed { get; init; } = [];

    /// <summary>Inputs that could not be processed.</summary>
    public ImmutableArray<SkippedInput> Skipped { get; init; } = [];

    /// <summary>Merges made by deduplicators.</summary>
    public ImmutableArray<MergeRecord> Merges { get; init; } = [];

    /// <summary>Relations between claims that stay apart: one fact stated in different sentences, figures that differ.</summary>
    public ImmutableArray<ClaimLink> Links { get; init; } = [];

    /// <summary>Documents grouped by the event or subject they report, most reported first.</summary>
    public ImmutableArray<Story> Stories { get; init; } = [];

    /// <summary>Finds a source by id.</summary>
    public SourceFile? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>Finds a document by id.</summary>
    public Document? FindDocument(string id) => Documents.FirstOrDefault(d => d.Id == id);
}
