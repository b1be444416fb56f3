using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Core.Pipeline;

namespace Processor.Core.Tests.Pipeline;

/// <summary>The host keeps one string per distinct sentence text and one instance per distinct tag, without changing what any sentence says.</summary>
public sealed class EqualSentencePartsShareMemoryTests
{
    private static Document DocumentOf(string source, params string[] texts) =>
        new($"{source}-01", source, new SourceSpan(source, 0, 100, 1, 1))
        {
            Sentences = [.. texts.Select((t, i) => new Sentence($"{source}-01.{i + 1}", t, new SourceSpan(source, i * 10, i * 10 + 5, 1, 1), IsClaim: true))],
        };

    [Fact]
    public void ACopiedSentenceUsesTheFirstFilesString()
    {
        var pool = new SentencePool();
        // Built at run time, as a splitter decodes them: equal contents, different instances.
        var first = pool.Share([DocumentOf("a", new string('x', 3) + " says so.", "Only in a.")]);
        var second = pool.Share([DocumentOf("b", "Only in b.", new string('x', 3) + " says so.")]);

        Assert.Same(first[0].Sentences[0].Text, second[0].Sentences[1].Text);
        Assert.Equal(["b-01.1", "b-01.2"], second[0].Sentences.Select(s => s.Id));
        Assert.Equal(["Only in b.", "xxx says so."], second[0].Sentences.Select(s => s.Text));
        Assert.Equal(new SourceSpan("b", 10, 15, 1, 1), second[0].Sentences[1].Span);
    }

    /// <summary>Results read back from the state take their texts and tags from the pool as they are decoded.</summary>
    [Fact]
    public void ResultsReadFromTheStateShareTheRunsTextsAndTags()
    {
        var pool = new SentencePool();
        var (a, b) = (Stored("a", "Some 3,000 members live in the camp.\n"), Stored("b", "Some 3,000 members live in the camp.\n"));

        var first = Processor.Core.State.CachedSourceCodec.Decode(a.Blob, a.Source, pool)!.Documents[0].Sentences[0];
        var second = Processor.Core.State.CachedSourceCodec.Decode(b.Blob, b.Source, pool)!.Documents[0].Sentences[0];

        Assert.Equal("Some 3,000 members live in the camp.", second.Text);
        Assert.Same(first.Text, second.Text);
        Assert.Same(first.Tags[0], second.Tags[0]);
    }

    /// <summary>A file of one sentence with a figure tag, and its results as the state stores them.</summary>
    private static (SourceText Source, byte[] Blob) Stored(string id, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var source = new SourceText(new SourceFile(id, id + ".txt", "/" + id + ".txt", "", bytes.Length), bytes);
        var span = source.SpanOf(0, bytes.Length - 1);
        var sentence = new Sentence($"{id}-01.1", source.TextOf(span), span, IsClaim: true) { Tags = [new Tag("figure", "3000").With("counts", "member")] };
        var document = new Document($"{id}-01", id, span) { Sentences = [sentence] };
        return (source, Processor.Core.State.CachedSourceCodec.Encode(new Processor.Core.State.CachedSource([document], [])));
    }

    [Fact]
    public void DocumentsWithNothingToShareAreReturnedAsTheyWere()
    {
        var pool = new SentencePool();
        ImmutableArray<Document> documents = [DocumentOf("a", "One.", "Two.")];
        Assert.Same(documents[0], pool.Share(documents)[0]);
    }

    [Fact]
    public void NoDocumentsAndDocumentsWithoutSentencesPassThrough()
    {
        var pool = new SentencePool();
        Assert.Empty(pool.Share([]));
        var builder = ImmutableArray.CreateBuilder<Document>(8);   // spare capacity, as stages build them
        builder.Add(DocumentOf("a"));
        builder.Add(DocumentOf("b", new string('S', 1) + "hared.", new string('S', 1) + "hared."));
        var shared = pool.Share(builder.ToImmutable());
        Assert.Equal(2, shared.Length);
        Assert.Same(shared[1].Sentences[0].Text, shared[1].Sentences[1].Text);
    }

    [Fact]
    public void EqualTagsOnDifferentSentencesBecomeOneInstance()
    {
        var pool = new SentencePool();
        Tag Figure() => new Tag("figure", "2400").With("counts", "member").With("qualifier", "approx");
        var a = DocumentOf("a", "Around 2,400 members remain.");
        var b = DocumentOf("b", "Around 2,400 members remain.");
        a = a with { Sentences = [a.Sentences[0] with { Tags = [Figure(), new Tag("date", "2019-11-16")] }] };
        b = b with { Sentences = [b.Sentences[0] with { Tags = [Figure(), new Tag("date", "2019-11-17")] }] };

        var first = pool.Share([a])[0].Sentences[0].Tags;
        var second = pool.Share([b])[0].Sentences[0].Tags;
        Assert.Same(first[0], second[0]);                         // equal figures: one instance
        Assert.NotSame(first[1], second[1]);                      // different dates stay apart
        Assert.Equal("2019-11-17", second[1].Value);
        Assert.Equal("approx", second[0].Get("qualifier"));
    }

    [Fact]
    public void TagsWithASpanAreLeftAsTheyWere()
    {
        var pool = new SentencePool();
        var a = DocumentOf("a", "Reuters said so.");
        var tag = new Tag("entity", "reuters") { Span = new SourceSpan("a", 0, 7, 1, 1) };
        a = a with { Sentences = [a.Sentences[0] with { Tags = [tag] }] };
        var shared = pool.Share([a]);
        Assert.Same(tag, shared[0].Sentences[0].Tags[0]);
    }
}
