namespace Processor.Abstractions;

/// <summary>
/// Optional, for an <see cref="ISourceStage"/> that needs to see the whole corpus before splitting any file
/// (to learn which lines recur across sources, for example). The host calls <see cref="Observe"/> once for
/// every readable source, on several threads at once, before the first <see cref="ISourceStage.Process"/>.
/// Keep only compact statistics: the bytes are not retained for the stage.
/// </summary>
public interface ISourceObserver
{
    /// <summary>False when the stage's options leave nothing to learn; the host then skips the extra pass.</summary>
    bool IsObserving { get; }

    /// <summary>Looks at one source during the first pass.</summary>
    void Observe(SourceText source, IStageContext context);
}
