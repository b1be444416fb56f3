using System.Text.Json;
using Processor.Abstractions;
using Processor.Plugins.Renderer.Json;
using Processor.Tests.Shared;

namespace Processor.Plugins.Tests.Renderer;

/// <summary>
/// Every settable field of the model records the JSON digest and index write — source, document, claim, attribution,
/// story, tag — is filled by reflection and must come out under its JSON name, or be listed here as left out with the
/// reason. A field added to the SDK model fails <see cref="EveryFieldIsWrittenOrLeftOutOnPurpose"/> until the writer
/// writes it (and docs/json-schema.md names it) or this table says why not.
/// </summary>
public sealed class EveryModelFieldReachesTheJsonTests
{
    /// <summary>Property → JSON name, or "-" and why it is left out.</summary>
    private static readonly Dictionary<Type, Dictionary<string, string>> Fields = new()
    {
        [typeof(SourceFile)] = new()
        {
            ["Id"] = "id", ["Path"] = "path", ["Sha256"] = "sha256", ["Bytes"] = "bytes",
            ["FullPath"] = "- the machine's absolute path: a digest is shared, so it names files relative to the pipeline",
        },
        [typeof(Document)] = new()
        {
            ["Id"] = "id", ["SourceId"] = "source", ["Span"] = "span", ["Title"] = "title", ["TitleSpan"] = "titleSpan",
            ["Metadata"] = "metadata", ["Sentences"] = "sentences", ["Tags"] = "tags", ["BoundaryReason"] = "boundaryReason",
            ["Paragraphs"] = "- the splitter's working structure; every sentence span is written",
        },
        [typeof(Claim)] = new()
        {
            ["Id"] = "id", ["Text"] = "text", ["Attributions"] = "attributions", ["Tags"] = "tags", ["IsNew"] = "new",
            ["FirstSeen"] = "firstSeen", ["IndependentSources"] = "independentSources",
        },
        [typeof(Attribution)] = new()
        {
            ["SourceId"] = "source", ["DocumentId"] = "document", ["SentenceId"] = "sentence", ["Span"] = "span",
            ["Quote"] = "quote", ["Similarity"] = "similarity", ["Match"] = "match",
        },
        [typeof(Story)] = new()
        {
            ["Id"] = "id", ["Title"] = "title", ["DocumentIds"] = "documents", ["ClaimIds"] = "claims", ["SourceIds"] = "sources",
            ["FirstReported"] = "firstReported", ["FirstReportedBy"] = "firstReported", ["IsNew"] = "new", ["NewDocuments"] = "newDocuments",
        },
        [typeof(Tag)] = new()
        {
            ["Kind"] = "kind", ["Value"] = "value", ["Attributes"] = "Attributes-key",
            ["Span"] = "- a tag's words lie inside its sentence, whose span the attribution carries",
        },
    };

    public static TheoryData<string> Types => [.. Fields.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public void EveryFieldIsWrittenOrLeftOutOnPurpose(string typeName)
    {
        var type = Fields.Keys.Single(t => t.Name == typeName);
        var unlisted = ModelFiller.SettableProperties(type).Select(p => p.Name).Where(n => !Fields[type].ContainsKey(n)).ToList();
        Assert.True(unlisted.Count == 0, $"{type.Name} has fields the JSON writer test does not know: {string.Join(", ", unlisted)}. " +
            "Write them in JsonRecords (and docs/json-schema.md), then list them here.");

        var json = Write(type);
        foreach (var (property, name) in Fields[type].Where(f => !f.Value.StartsWith('-')))
            Assert.True(json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null,
                $"{type.Name}.{property} is filled but the JSON has no '{name}': {json}");
    }

    private static readonly SourceSpan At = new("f1", 0, 13, 1, 1);

    private static object? Make(Type type, string name) =>
        type == typeof(SourceSpan) ? At
        : type == typeof(Tag) ? ModelFiller.Fill(new Tag($"{name}-kind", $"{name}-value"), Make)
        : type == typeof(Sentence) ? ModelFiller.Fill(new Sentence("f1-01.1", "Camp Ashraf 3", At, true), Make)
        : type == typeof(Attribution) ? ModelFiller.Fill(new Attribution("f1", "f1-01", "f1-01.1", At, "Camp Ashraf 3"), Make)
        : null;

    /// <summary>One record of <paramref name="type"/>, filled, as the renderer writes it (the attribution and the tag inside a claim).</summary>
    private static JsonElement Write(Type type)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            if (type == typeof(SourceFile)) JsonRecords.Source(w, ModelFiller.Fill(new SourceFile("f1", "f1.txt", "/f1.txt", "abc", 13), Make));
            else if (type == typeof(Document)) JsonRecords.Document(w, ModelFiller.Fill(new Document("f1-01", "f1", At), Make));
            else if (type == typeof(Story)) JsonRecords.Story(w, ModelFiller.Fill(new Story("s1", "A story", ["f1-01"]), Make));
            else
            {
                var claim = ModelFiller.Fill(new Claim("c1", "Camp Ashraf 3", [(Attribution)Make(typeof(Attribution), "Attributions")!]), Make);
                JsonRecords.Claim(w, claim, rank: 1, score: 1, publishers: 1, quotesWhenDifferentOnly: false);
            }
        }
        var root = JsonDocument.Parse(buffer.WrittenMemory).RootElement;
        return type == typeof(Attribution) ? root.GetProperty("attributions")[0]
            : type == typeof(Tag) ? root.GetProperty("tags")[0]
            : root;
    }
}
