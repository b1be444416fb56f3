namespace Processor.Abstractions;

/// <summary>
/// Writes files from the final corpus. The host gives it a fresh folder and moves that folder into
/// place only when every output stage has succeeded, so a failed run never leaves a partial digest.
/// </summary>
public interface IOutputStage : IStage
{
    /// <summary>Writes into <see cref="IOutputContext.OutputDirectory"/>.</summary>
    void Write(Corpus corpus, IOutputContext context);
}
