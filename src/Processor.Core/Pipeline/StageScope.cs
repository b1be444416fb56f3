using Processor.Abstractions;

namespace Processor.Core.Pipeline;

/// <summary>What one call of a stage sees, which decides where it may stand in a pipeline and how its failures count.</summary>
public enum StageScope
{
    /// <summary>One raw file in, its documents out (<see cref="ISourceStage"/>, the splitter).</summary>
    Source,
    /// <summary>One document at a time (<see cref="IDocumentStage"/>).</summary>
    Document,
    /// <summary>The whole corpus (<see cref="ICorpusStage"/>).</summary>
    Corpus,
    /// <summary>The final corpus, written out (<see cref="IOutputStage"/>).</summary>
    Output,
}

/// <summary>The scope of a stage object, from the stage interface it implements.</summary>
public static class StageScopes
{
    /// <summary>The scope, or null for a stage that implements no stage interface the runner calls.</summary>
    public static StageScope? Of(IStage stage) => stage switch
    {
        ISourceStage => StageScope.Source,
        IDocumentStage => StageScope.Document,
        ICorpusStage => StageScope.Corpus,
        IOutputStage => StageScope.Output,
        _ => null,
    };

    /// <summary>The stage interfaces a stage object implements, in scope order (a sound stage implements exactly one).</summary>
    public static IReadOnlyList<string> InterfacesOf(IStage stage) =>
        [.. new (bool Has, string Name)[]
        {
            (stage is ISourceStage, nameof(ISourceStage)), (stage is IDocumentStage, nameof(IDocumentStage)),
            (stage is ICorpusStage, nameof(ICorpusStage)), (stage is IOutputStage, nameof(IOutputStage)),
        }.Where(i => i.Has).Select(i => i.Name)];

    /// <summary>Whether one call sees the whole corpus: a failure there cannot be skipped as one file's.</summary>
    public static bool IsWholeCorpus(this StageScope scope) => scope is StageScope.Corpus or StageScope.Output;
}
