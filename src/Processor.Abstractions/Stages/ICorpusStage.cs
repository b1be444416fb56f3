namespace Processor.Abstractions;

/// <summary>Sees the whole corpus at once (for example to merge duplicate claims).</summary>
public interface ICorpusStage : IStage
{
    /// <summary>Returns the corpus, possibly changed.</summary>
    Corpus Process(Corpus corpus, IStageContext context);
}
