namespace Processor.Abstractions;

/// <summary>
/// Turns one source file into documents. Called once per file, on several threads at once, so an
/// implementation must not keep per-file state in fields.
/// </summary>
public interface ISourceStage : IStage
{
    /// <summary>Splits <paramref name="source"/> into documents; reports removed text in the result.</summary>
    SourceResult Process(SourceText source, IStageContext context);
}
