using System.Collections.Concurrent;
using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Core.Pipeline;

/// <summary>
/// One instance per distinct sentence text and per distinct tag in a run. A scraped corpus repeats itself
/// (syndicated articles, pages scraped twice, boilerplate sentences), and every document is kept until the corpus
/// stages have run, so equal texts and equal tags share their memory instead of each file holding its own copies.
/// Texts and tags are only swapped for equal ones: nothing a plugin sees changes.
/// </summary>
internal sealed class SentencePool
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Tag, Tag> _tags = new(TagValueComparer.Instance);

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
                var tags = Share(sentences[i].Tags);
                if (ReferenceEquals(text, sentences[i].Text) && tags == sentences[i].Tags) continue;
                changed ??= sentences.ToBuilder();
                changed[i] = sentences[i] with { Text = text, Tags = tags };
            }
            if (changed is null) continue;
            shared ??= documents.ToBuilder();
            shared[d] = documents[d] with { Sentences = changed.ToImmutable() };
        }
        return shared?.ToImmutable() ?? documents;
    }

    /// <summary>The run's first instance of a text equal to <paramref name="text"/>.</summary>
    public string Text(string text) => _texts.GetOrAdd(text, text);

    /// <summary>
    /// The tags, each replaced by the run's first instance equal to it; the same array when nothing changed. Only tags
    /// without a span are pooled: a span names its source, so a tag with one equals no tag of another file, and pooling
    /// it would only grow the pool (and, with many tags of one kind and value, make its buckets long).
    /// </summary>
    public ImmutableArray<Tag> Tags(ImmutableArray<Tag> tags) => Share(tags);

    /// <summary>The run's first instance of a tag equal to <paramref name="tag"/> (a tag with a span is its own).</summary>
    public Tag Tag(Tag tag) => tag.Span is not null ? tag : _tags.GetOrAdd(tag, tag);

    private ImmutableArray<Tag> Share(ImmutableArray<Tag> tags)
    {
        Tag[]? swapped = null;
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].Span is not null) continue;
            var tag = _tags.GetOrAdd(tags[i], tags[i]);
            if (ReferenceEquals(tag, tags[i])) continue;
            swapped ??= [.. tags];
            swapped[i] = tag;
        }
        // The swapped array is this method's own: wrapped, not copied again.
        return swapped is null ? tags : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(swapped);
    }
}
