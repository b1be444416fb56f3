using System.Collections.Concurrent;
using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Core.Pipeline;

/// <summary>
/// One string instance per distinct sentence text in a run. A scraped corpus repeats itself (syndicated
/// articles, pages scraped twice, boilerplate sentences), and every document is kept until the corpus
/// stages have run, so equal texts share their memory instead of each file holding its own copy. Texts
/// are only swapped for equal ones: nothing a plugin sees changes.
/// </summary>
internal sealed class SentenceTextPool
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public ImmutableArray<Document> Share(ImmutableArray<Document> documents)
    {
        ImmutableArray<Document>.Builder? shared = null;   // only when some document changed
        for (var d = 0; d < documents.Length; d++)
        {
            var sentences = documents[d].Sentences;
            ImmutableArray<Sentence>.Builder? changed = null;
            for (var i = 0; i < sentences.Length; i++)
            {
                var text = _texts.GetOrAdd(sentences[i].Text, sentences[i].Text);
                if (ReferenceEquals(text, sentences[i].Text)) continue;
                changed ??= sentences.ToBuilder();
                changed[i] = sentences[i] with { Text = text };
            }
            if (changed is null) continue;
            shared ??= documents.ToBuilder();
            shared[d] = documents[d] with { Sentences = changed.ToImmutable() };
        }
        return shared?.ToImmutable() ?? documents;
    }
}
