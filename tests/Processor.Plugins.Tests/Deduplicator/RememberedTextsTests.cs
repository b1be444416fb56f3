using Processor.Abstractions;
using System.Runtime.InteropServices;
using Processor.Plugins.Deduplicator;
using Processor.Plugins.Deduplicator.Hashing;
using Processor.Testing;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>What the deduplicator keeps between runs (<see cref="IStatefulStage"/>): reworded claims are recognised.</summary>
public sealed class RememberedTextsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    private const string Original = "Albanian counter-terrorism police raided the base of the group in the west of the country on Tuesday morning.";
    private const string Reworded = "Albanian counter-terrorism officers raided the base of the group in the west of the country on Tuesday.";
    private const string Unrelated = "The football season opened with a surprise win for the visitors in front of a full stadium.";

    private static (ICorpusStage Stage, IStatefulStage State) NewStage(DeduplicatorOptions? options = null)
    {
        var stage = (ICorpusStage)new DeduplicatorPlugin().CreateStage(options ?? new DeduplicatorOptions(), new FakePluginContext());
        return (stage, (IStatefulStage)stage);
    }

    private static Corpus Run(ICorpusStage stage, params string[] texts)
    {
        var corpus = new Corpus { Claims = [.. texts.Select((t, i) => Dedup.Claim(t, "a", i * 200))] };
        return stage.Process(corpus, new FakeStageContext("deduplicator"));
    }

    [Fact]
    public void ARewordedClaimCarriesTheFirstSightingOfTheWordingAnEarlierRunSaw()
    {
        var (monday, mondayState) = NewStage();
        Run(monday, Original);
        var saved = mondayState.Save(Monday)!;

        var (tuesday, tuesdayState) = NewStage();
        tuesdayState.Restore(saved);
        var claims = Run(tuesday, Reworded, Unrelated).Claims;
        Assert.Equal(Monday, claims.Single(c => c.Text == Reworded).FirstSeen);
        Assert.Null(claims.Single(c => c.Text == Unrelated).FirstSeen);

        // Saved again, the reworded text keeps Monday and the new one is Tuesday's.
        var (wednesday, wednesdayState) = NewStage();
        wednesdayState.Restore(tuesdayState.Save(Tuesday)!);
        var later = Run(wednesday, Unrelated).Claims;
        Assert.Equal(Tuesday, Assert.Single(later).FirstSeen);
    }

    [Fact]
    public void OverTheLimitTheTextsFirstSeenLongestAgoAreForgotten()
    {
        var options = new DeduplicatorOptions { Remember = 1 };
        var (monday, mondayState) = NewStage(options);
        Run(monday, Original);
        var (tuesday, tuesdayState) = NewStage(options);
        tuesdayState.Restore(mondayState.Save(Monday)!);
        Run(tuesday, Unrelated);

        var (wednesday, wednesdayState) = NewStage(options);
        wednesdayState.Restore(tuesdayState.Save(Tuesday)!);
        var claims = Run(wednesday, Original, Unrelated).Claims;
        Assert.Null(claims.Single(c => c.Text == Original).FirstSeen);
        Assert.Equal(Tuesday, claims.Single(c => c.Text == Unrelated).FirstSeen);
    }

    [Fact]
    public void TextsSavedWithOtherHashingOptionsAreNotCompared()
    {
        var (monday, mondayState) = NewStage(new DeduplicatorOptions { Permutations = 64, Bands = 16 });
        Run(monday, Original);
        var (tuesday, tuesdayState) = NewStage();
        tuesdayState.Restore(mondayState.Save(Monday)!);
        Assert.Null(Assert.Single(Run(tuesday, Original).Claims).FirstSeen);
    }

    /// <summary>
    /// A state saved before the one-byte signatures (version 1: 32-bit MinHash values) is still read: a text reworded
    /// since is recognised through it.
    /// </summary>
    [Fact]
    public void TextsSavedInTheEarlierWideFormatAreStillRecognised()
    {
        var options = new DeduplicatorOptions();
        var (folded, sketches) = Sketch(Original, options);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write((byte)1);
            writer.Write(options.Permutations);
            writer.Write(options.ShingleSize);
            writer.Write(1);
            writer.Write(TextNormalizer.ComparisonKeyOfFolded(folded));
            writer.Write(Monday.UtcTicks);
            writer.Write(MemoryMarshal.AsBytes(sketches.Signature(0)));
        }

        RecognisesTheRewordingThrough(stream.ToArray(), options);
    }

    /// <summary>A state saved with one-byte signature entries (version 2) is still read: four bits of each are kept.</summary>
    [Fact]
    public void TextsSavedWithOneByteEntriesAreStillRecognised()
    {
        var options = new DeduplicatorOptions();
        var (folded, sketches) = Sketch(Original, options);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write((byte)2);
            writer.Write(options.Permutations);
            writer.Write(options.ShingleSize);
            writer.Write(1);
            writer.Write(TextNormalizer.ComparisonKeyOfFolded(folded));
            writer.Write(1);                 // one run time
            writer.Write(Monday.UtcTicks);
            writer.Write(0);                 // the text's run, as a four-byte index
            foreach (var value in sketches.Signature(0)) writer.Write((byte)value);
        }

        RecognisesTheRewordingThrough(stream.ToArray(), options);
    }

    /// <summary>Entries are packed two to a byte; an odd number of permutations leaves half a byte, and still round-trips.</summary>
    [Fact]
    public void AnOddNumberOfPermutationsIsSavedAndReadBack()
    {
        var options = new DeduplicatorOptions { Permutations = 63, Bands = 9 };
        var (monday, mondayState) = NewStage(options);
        Run(monday, Original);
        RecognisesTheRewordingThrough(mondayState.Save(Monday)!, options);
    }

    /// <summary>A memory saved before the stage kept its last result (texts and stories only, two parts) is still read.</summary>
    [Fact]
    public void AMemoryOfTextsAndStoriesOnlyIsStillRead()
    {
        var options = new DeduplicatorOptions();
        var (monday, mondayState) = NewStage(options);
        Run(monday, Original);
        var (texts, stories, result) = StageMemory.Read(mondayState.Save(Monday)!);
        Assert.NotEmpty(result);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write((byte)0xD2);   // the memory's marker, then two parts where there are three now
            writer.Write(texts.Length);
            writer.Write(texts);
            writer.Write(stories.Length);
            writer.Write(stories);
        }
        Assert.Empty(StageMemory.Read(stream.ToArray()).Result);
        RecognisesTheRewordingThrough(stream.ToArray(), options);
    }

    /// <summary>The folded text and its MinHash sketch, as the stage makes them: what a saved state of any version holds.</summary>
    private static (string Folded, TextSketches Sketches) Sketch(string text, DeduplicatorOptions options)
    {
        var folded = TextNormalizer.FoldForComparison(text);
        return (folded, TextSketches.Build([folded], new MinHasher(options.Permutations, options.ShingleSize), options.Bands, CancellationToken.None));
    }

    /// <summary>Tuesday's run, restored from <paramref name="saved"/> (Monday's texts), knows the reworded claim since Monday and nothing else.</summary>
    private static void RecognisesTheRewordingThrough(byte[] saved, DeduplicatorOptions options)
    {
        var (tuesday, tuesdayState) = NewStage(options);
        tuesdayState.Restore(saved);
        var claims = Run(tuesday, Reworded, Unrelated).Claims;
        Assert.Equal(Monday, claims.Single(c => c.Text == Reworded).FirstSeen);
        Assert.Null(claims.Single(c => c.Text == Unrelated).FirstSeen);
    }
}
