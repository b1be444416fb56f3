using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Testing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>Helpers to run the deduplicator on hand-made claims.</summary>
internal static class Dedup
{
    public static Corpus Run(ImmutableArray<Claim> claims, DeduplicatorOptions? options = null, ImmutableArray<Document> documents = default)
    {
        var stage = (ICorpusStage)new DeduplicatorPlugin().CreateStage(options ?? new DeduplicatorOptions(), new FakePluginContext());
        var sources = claims.SelectMany(c => c.Attributions).Select(a => a.SourceId).Distinct()
            .Select(id => new SourceFile(id, id + ".txt", "/" + id, "", 0)).ToImmutableArray();
        return stage.Process(new Corpus { Sources = sources, Claims = claims, Documents = documents.IsDefault ? [] : documents }, new FakeStageContext("deduplicator"));
    }

    /// <summary>Three long sentences of one news story, for tests that copy a whole passage or article.</summary>
    public static readonly string[] RaidStory =
    [
        "Albanian counter-terrorism police raided the base of the group in the west of the country on Tuesday morning.",
        "The interior minister said that the group had broken the terms under which it was given shelter in 2013.",
        "More than two hundred officers took part in the operation, which lasted for most of the day, officials said.",
    ];

    /// <summary>A one-occurrence claim at a made-up place.</summary>
    public static Claim Claim(string text, string source, int offset) =>
        new($"c-{source}-{offset}", text, [new Attribution(source, source + "-01", $"{source}-01.{offset}", new SourceSpan(source, offset, offset + text.Length, 1, 1), text)]);
}
