using Processor.Plugins.Deduplicator.Stories;

namespace Processor.Plugins.Tests.Deduplicator;

/// <summary>The story memory is written compressed and read back whole; a memory written uncompressed by an earlier version is still read.</summary>
public sealed class SavedStoriesAreReadBackTests
{
    private static readonly SavedStory[] Stories =
    [
        new("s1", "Flood forces evacuation of Shkoza", new DateOnly(2026, 11, 20), "balkan-wire.html", new DateOnly(2026, 11, 21),
            ["a1b2c3d4e5-01", "f6e5d4c3b2-02"], TermVector.From([new(11UL, 0.5f), new(12UL, 0.25f)], 48)),
        new("s2", "Budget vote delayed", null, null, null, ["0123456789-03"], TermVector.From([new(13UL, 1f)], 48)),
    ];

    private static string Describe(IEnumerable<SavedStory> stories) => string.Join("\n", stories.Select(s =>
        $"{s.Id}|{s.Title}|{s.First}|{s.FirstBy}|{s.Last}|{string.Join(',', s.Documents)}|{string.Join(',', s.Centroid.Terms)}|{string.Join(',', s.Centroid.Weights)}"));

    [Fact]
    public void WhatIsWrittenIsReadBack()
    {
        var written = SavedStory.Write(Stories);
        Assert.Equal(2, written[0]);   // compressed
        Assert.Equal(Describe(Stories), Describe(SavedStory.Read(written)));
    }

    [Fact]
    public void AnUncompressedMemoryOfAnEarlierVersionIsRead()
    {
        var written = SavedStory.Write(Stories);
        using var unpacked = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(written, 1, written.Length - 1), System.IO.Compression.CompressionMode.Decompress))
            brotli.CopyTo(unpacked);
        var earlier = unpacked.ToArray();
        Assert.Equal(1, earlier[0]);
        Assert.Equal(Describe(Stories), Describe(SavedStory.Read(earlier)));
    }
}
