using System.Collections.Immutable;
using System.Text.Json;
using Processor.Abstractions;
using Processor.Plugins.Deduplicator;
using Processor.Plugins.Tests.Support;
using Processor.Testing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>
/// Over an input unchanged since the last run the deduplicator reuses its last result (issue 17: a second run over an
/// unchanged corpus in a fraction of the first's time) — and what it gives is exactly what computing it again would give.
/// </summary>
public sealed class AnUnchangedInputReusesTheLastResultTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The seed scrapes and four outlets' reports of one flood (agreeing and disagreeing figures) through the built-in
    /// splitter and tagger, as the host hands them to the corpus stages.
    /// </summary>
    private static readonly Lazy<Corpus> Seeds = new(() =>
    {
        var sources = ImmutableArray.CreateBuilder<SourceFile>();
        var documents = ImmutableArray.CreateBuilder<Document>();
        var data = Path.Combine(AppContext.BaseDirectory, "TestData");
        foreach (var path in Directory.GetFiles(Path.Combine(data, "seeds")).Concat(Directory.GetFiles(Path.Combine(data, "flood"))).Order(StringComparer.Ordinal))
        {
            var (source, split) = Chain.SplitAndTag(File.ReadAllText(path), Path.GetRelativePath(data, path));
            sources.Add(source.File);
            documents.AddRange(split);
        }
        return new Corpus { Sources = sources.ToImmutable(), Documents = documents.ToImmutable(), Claims = Chain.ClaimsOf(documents) };
    });

    private static (ICorpusStage Stage, IStatefulStage State) NewStage()
    {
        var stage = (ICorpusStage)new DeduplicatorPlugin().CreateStage(new DeduplicatorOptions(), new FakePluginContext());
        return (stage, (IStatefulStage)stage);
    }

    private static (Corpus Result, FakeStageContext Context) Run(Corpus input, byte[]? restored)
    {
        var (stage, state) = NewStage();
        if (restored is not null) state.Restore(restored);
        var context = new FakeStageContext("deduplicator");
        return (stage.Process(input, context), context);
    }

    private static bool Reused(FakeStageContext context) => context.Infos.Any(i => i.Contains("result is reused", StringComparison.Ordinal));

    /// <summary>Every field of every claim, attribution, merge, link and story, to compare two results whole.</summary>
    private static string Whole(Corpus corpus) => JsonSerializer.Serialize(corpus with { Documents = [] });

    [Fact]
    public void TheReusedResultIsWhatComputingItAgainGives()
    {
        var (stage, state) = NewStage();
        var first = stage.Process(Seeds.Value, new FakeStageContext("deduplicator"));
        var saved = state.Save(Monday)!;
        // What was saved without the result: the stage has to compute it again, from the same memory of earlier runs.
        var (texts, stories, result) = StageMemory.Read(saved);
        Assert.NotEmpty(result);

        var (reused, reusedContext) = Run(Seeds.Value, saved);
        var (computed, computedContext) = Run(Seeds.Value, StageMemory.Write(texts, stories, null));

        Assert.True(Reused(reusedContext), string.Join("\n", reusedContext.Infos));
        Assert.False(Reused(computedContext));
        // The comparison is not empty: merged claims, merges, conflicts and stories of several documents are all there.
        Assert.Contains(reused.Claims, c => c.Attributions.Length > 1 && c.Attributions.Any(a => a.Match != MatchKind.Exact));
        Assert.Contains(reused.Links, l => l.Kind == ClaimLinkKind.Conflict);
        Assert.Contains(reused.Stories, s => s.DocumentIds.Length > 1);
        Assert.NotEmpty(reused.Merges);
        Assert.Equal(Whole(computed), Whole(reused));
        // The first run's claims were new then; now every one is known since Monday, and no story is new.
        Assert.Contains(first.Claims, c => c.FirstSeen is null);
        Assert.All(reused.Claims, c => Assert.NotNull(c.FirstSeen));
        Assert.All(reused.Stories, s => Assert.False(s.IsNew));
    }

    [Fact]
    public void AReusedResultIsSavedAsItWasAndReusedAgain()
    {
        var (stage, state) = NewStage();
        stage.Process(Seeds.Value, new FakeStageContext("deduplicator"));
        var saved = state.Save(Monday)!;

        var (again, againState) = NewStage();
        againState.Restore(saved);
        var context = new FakeStageContext("deduplicator");
        var second = again.Process(Seeds.Value, context);
        Assert.True(Reused(context));
        var savedAgain = againState.Save(Monday.AddDays(1))!;
        Assert.Equal(saved, savedAgain);

        var (third, thirdContext) = Run(Seeds.Value, savedAgain);
        Assert.True(Reused(thirdContext));
        Assert.Equal(Whole(second), Whole(third));
    }

    [Fact]
    public void AChangedClaimIsComputedAgain()
    {
        var (stage, state) = NewStage();
        stage.Process(Seeds.Value, new FakeStageContext("deduplicator"));
        var saved = state.Save(Monday)!;
        // One tag less on one claim (as a changed tagger option would give): not the same input.
        var claims = Seeds.Value.Claims;
        var tagged = claims.Select((c, i) => (c, i)).First(x => x.c.Tags.Length > 0).i;
        var changed = Seeds.Value with { Claims = claims.SetItem(tagged, claims[tagged] with { Tags = claims[tagged].Tags.RemoveAt(0) }) };

        var (result, context) = Run(changed, saved);

        Assert.False(Reused(context));
        var (texts, stories, _) = StageMemory.Read(saved);
        Assert.Equal(Whole(Run(changed, StageMemory.Write(texts, stories, null)).Result), Whole(result));
    }

    [Fact]
    public void AResultSavedInAnotherVersionIsComputedAgain()
    {
        var (stage, state) = NewStage();
        stage.Process(Seeds.Value, new FakeStageContext("deduplicator"));
        var (texts, stories, result) = StageMemory.Read(state.Save(Monday)!);
        result[0] = 99;

        var (computed, context) = Run(Seeds.Value, StageMemory.Write(texts, stories, result));

        Assert.False(Reused(context));
        Assert.NotEmpty(computed.Claims);
    }
}
