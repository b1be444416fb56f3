using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace MyPlugin;

/// <summary>
/// A per-document stage: runs once per article, on several threads at once, so it keeps no per-document
/// state in fields. It never rewrites text; it only adds tags (kind "my-plugin-id.keyword"), each naming the
/// digest section they are listed under (TagKeys.Section).
/// </summary>
internal sealed class Stage(Options options) : IDocumentStage
{
    public const string Kind = "my-plugin-id.keyword";

    /// <summary>One pattern per keyword, whole words only: "Albania" does not match "Albanian".</summary>
    private readonly List<(string Keyword, Regex Pattern)> _keywords = [.. options.Keywords.Select(k =>
        (k, new Regex($@"\b{Regex.Escape(k)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];

    public Document Process(Document document, SourceText source, IStageContext context) =>
        document with { Sentences = [.. document.Sentences.Select(Tag)] };

    private Sentence Tag(Sentence sentence)
    {
        var hit = _keywords.FirstOrDefault(k => k.Pattern.IsMatch(sentence.Text)).Keyword;
        return hit is null ? sentence : sentence with { Tags = sentence.Tags.Add(new Tag(Kind, hit).With(TagKeys.Section, options.SectionTitle)) };
    }
}
