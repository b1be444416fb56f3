using Processor.Abstractions;

namespace MyPlugin;

/// <summary>
/// A per-document stage: runs once per article, on several threads at once, so it keeps no per-document
/// state in fields. It never rewrites text; it only adds tags (kind "my-plugin-id.keyword").
/// </summary>
internal sealed class Stage(Options options) : IDocumentStage
{
    public Document Process(Document document, SourceText source, IStageContext context) =>
        document with { Sentences = [.. document.Sentences.Select(Tag)] };

    private Sentence Tag(Sentence sentence)
    {
        var hit = options.Keywords.FirstOrDefault(k => sentence.Text.Contains(k, StringComparison.OrdinalIgnoreCase));
        return hit is null ? sentence : sentence with { Tags = sentence.Tags.Add(new Tag("my-plugin-id.keyword", hit)) };
    }
}
