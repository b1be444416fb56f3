using System.Text.Json;
using CsCheck;
using Processor.Abstractions;
using Processor.Core.State;
using Processor.Tests.Shared;

namespace Processor.Core.Tests.State;

/// <summary>The state's binary form of a file's results gives back exactly what was stored, texts read from the file.</summary>
public sealed class CachedResultsRoundTripTests
{
    private static readonly Gen<string> Word = Gen.OneOf<string>("MEK", "camp", "Tirana", "“quoted”", "Ürgüp", "2,400", "—", "naïve", "ok");

    private static readonly Gen<string[]> Lines = Word.Array[1, 6].Select(w => string.Join(' ', w)).Array[1, 12];

    private static Gen<Tag> TagFor(SourceText source) =>
        Gen.Select(Word, Word, Gen.Select(Word, Word).Array[0, 3], Gen.Bool).Select((kind, value, attributes, spanned) =>
        {
            var tag = new Tag(kind, value) { Span = spanned ? source.SpanOf(0, Math.Min(3, source.Bytes.Length)) : null };
            foreach (var (k, v) in attributes) tag = tag.With(k, v);
            return tag;
        });

    private static (CachedSource Cached, SourceText Source) Build(string[] lines, int seed)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\n");
        var source = new SourceText(new SourceFile($"f{seed}", $"f{seed}.txt", $"/f{seed}.txt", "", bytes.Length), bytes);
        var random = new Random(seed);
        var tags = TagFor(source);
        Tag[] SomeTags() => [.. Enumerable.Range(0, random.Next(3)).Select(_ => tags.Single())];
        var sentences = new List<Sentence>();
        var offset = 0;
        foreach (var line in lines)
        {
            var length = System.Text.Encoding.UTF8.GetByteCount(line);
            var span = source.SpanOf(offset, offset + length);
            // The splitter's own ids ("{document}.{position}") are left out of the records and made again; ids that only
            // look like them (another position, a leading zero) are kept as written.
            var n = sentences.Count + 1;
            var id = random.Next(4) switch
            {
                0 => $"{source.File.Id}-01.{n}", 1 => $"{source.File.Id}-01.{n + 1}", 2 => $"{source.File.Id}-01.0{n}", _ => $"s{n}",
            };
            sentences.Add(new Sentence(id, source.TextOf(span), span, random.Next(2) == 0) { Tags = [.. SomeTags()] });
            offset += length + 2;
        }
        var document = new Document($"{source.File.Id}-01", source.File.Id, source.SpanOf(0, source.Bytes.Length))
        {
            Title = random.Next(2) == 0 ? null : lines[0],
            TitleSpan = random.Next(2) == 0 ? null : sentences[0].Span,
            Paragraphs = [.. sentences.Select(s => s.Span)],
            Sentences = [.. sentences],
            Tags = [.. SomeTags()],
            BoundaryReason = random.Next(2) == 0 ? null : "start of file",
        }
            .With(DocumentMetadata.Published, random.Next(2) == 0 ? null : new DateOnly(2019, 11, 16).AddDays(random.Next(3000)))
            .With(DocumentMetadata.Authors, [.. lines.Take(random.Next(3))])
            .With(DocumentMetadata.Publisher, random.Next(2) == 0 ? null : "middleeasteye.net")
            .With(DocumentMetadata.Language, "en")
            // A plugin's own key is kept like the SDK's.
            .With(MetadataKey.Text("watchlist.region", "a region"), random.Next(2) == 0 ? null : lines[0]);
        return (new CachedSource([document], [new RemovedSpan(sentences[^1].Span, "navigation")]), source);
    }

    private static string Describe(CachedSource cached) => JsonSerializer.Serialize(cached);

    [Fact]
    public void DecodingGivesBackWhatWasEncoded() =>
        Gen.Select(Lines, Gen.Int[0, 1_000_000]).Sample((lines, seed) =>
        {
            var (cached, source) = Build(lines, seed);
            var decoded = CachedSourceCodec.Decode(CachedSourceCodec.Encode(cached), source);
            Assert.NotNull(decoded);
            Assert.Equal(Describe(cached), Describe(decoded));
        });

    /// <summary>
    /// Every settable field of every model record the cache keeps (document, sentence, tag, removed span), filled by
    /// reflection: a field added to the model that the codec forgets comes back empty and fails here.
    /// </summary>
    [Fact]
    public void EveryFieldOfTheModelSurvivesTheCache()
    {
        const string text = "Camp Ashraf 3\nSome 2,400 members live in the camp.\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var source = new SourceText(new SourceFile("f1", "f1.txt", "/f1.txt", "", bytes.Length), bytes);
        var title = source.SpanOf(0, 13);
        var sentence = source.SpanOf(14, bytes.Length - 1);
        object? Make(Type type, string name) =>
            type == typeof(SourceSpan) ? title
            : type == typeof(Tag) ? ModelFiller.Fill(new Tag($"{name}-kind", $"{name}-value"), Make)
            : type == typeof(Sentence) ? ModelFiller.Fill(new Sentence("f1-01.1", source.TextOf(sentence), sentence, true), Make)
            : null;
        var document = ModelFiller.Fill(new Document("f1-01", source.File.Id, source.SpanOf(0, bytes.Length)), Make);
        var cached = new CachedSource([document], [ModelFiller.Fill(new RemovedSpan(title, "navigation"), Make)]);

        var decoded = CachedSourceCodec.Decode(CachedSourceCodec.Encode(cached), source);

        Assert.NotNull(decoded);
        Assert.Equal(Describe(cached), Describe(decoded));
    }

    /// <summary>A tag a file repeats (the same kind on most sentences) is stored once and read back as one instance.</summary>
    [Fact]
    public void ATagRepeatedInAFileIsReadOnce()
    {
        var (cached, source) = Build(["one line here", "and another", "and a third"], 5);
        var kind = new Tag("kind", "fact").With("basis", "verb");
        var document = cached.Documents[0];
        var tagged = document with { Sentences = [.. document.Sentences.Select(s => s with { Tags = [new Tag("kind", "fact").With("basis", "verb")] })] };

        var decoded = CachedSourceCodec.Decode(CachedSourceCodec.Encode(cached with { Documents = [tagged] }), source)!.Documents[0];

        Assert.All(decoded.Sentences, s => Assert.Same(decoded.Sentences[0].Tags[0], s.Tags[0]));
        Assert.Equal(kind.Attributes, decoded.Sentences[^1].Tags[0].Attributes);
    }

    [Fact]
    public void ABlobOfAnotherVersionOrCutShortIsIgnored()
    {
        var (cached, source) = Build(["one line here", "and another"], 7);
        var blob = CachedSourceCodec.Encode(cached);
        Assert.Null(CachedSourceCodec.Decode([99, .. blob[1..]], source));
        Assert.Null(CachedSourceCodec.Decode(blob[..(blob.Length / 2)], source));
    }

    [Fact]
    public void AnUncompressedBlobOfAnEarlierStateIsStillRead()
    {
        var (cached, source) = Build(["one line here", "and another"], 11);
        var decoded = CachedSourceCodec.Decode(CachedSourceCodec.Records(cached), source);
        Assert.NotNull(decoded);
        Assert.Equal(Describe(cached), Describe(decoded));
    }

    /// <summary>
    /// TestData/cached-v1: a wire file and the results the tool stored for it before records version 3 (version 1, every
    /// sentence id and every span written out; source id 03f4f33537). They are read, and say the same once stored again.
    /// TestData/cached-v3: the same results stored by records version 3 (before each distinct tag of a file was written
    /// once and numbered), compressed. TestData/cached-v4: stored by records version 4 (SDK 1: five fixed metadata fields,
    /// read into SDK 2's named metadata).
    /// </summary>
    [Theory]
    [InlineData("cached-v1")]
    [InlineData("cached-v3")]
    [InlineData("cached-v4")]
    public void ResultsStoredByAnEarlierVersionAreStillRead(string version)
    {
        var text = Path.Combine(AppContext.BaseDirectory, "TestData", "cached-v1", "first-desk.txt");
        var bytes = File.ReadAllBytes(text);
        var source = new SourceText(new SourceFile("03f4f33537", "corpus/first-desk.txt", "/corpus/first-desk.txt", "", bytes.Length), bytes);

        var earlier = CachedSourceCodec.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", version, "first-desk.results")), source);

        Assert.NotNull(earlier);
        Assert.Equal(4, earlier.Documents.Length);
        Assert.StartsWith("NEW BRIGHTON, Minn., June 1 - Dotronix Inc said", earlier.Documents[0].Sentences[1].Text);
        Assert.Equal(earlier.Documents[0].Id + ".2", earlier.Documents[0].Sentences[1].Id);
        Assert.All(earlier.Documents, d => Assert.Equal("en", d.Get(DocumentMetadata.Language)));
        Assert.All(earlier.Documents, d => Assert.Equal(["language"], d.Metadata.Keys.ToArray()));
        Assert.Equal(Describe(earlier), Describe(CachedSourceCodec.Decode(CachedSourceCodec.Encode(earlier), source)!));
    }
}
