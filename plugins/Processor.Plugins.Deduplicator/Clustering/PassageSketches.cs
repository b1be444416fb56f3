using System.Buffers;
using Processor.Plugins.Deduplicator.Hashing;

namespace Processor.Plugins.Deduplicator.Clustering;

/// <summary>
/// Word 5-gram sets of passages longer than a claim (documents, paragraphs) and their LSH band keys, built from
/// the word hashes of the passages' claims: what the document and paragraph levels compare.
/// </summary>
internal static class PassageSketches
{
    private const int WordsPerShingle = 5;

    /// <summary>Shingles and band keys of the passages numbered <paramref name="which"/> (of <paramref name="count"/>), on every core; the others get none.</summary>
    /// <param name="claimTexts">A passage's claims in reading order, as indexes into <paramref name="sketches"/>.</param>
    public static (ulong[][] Shingles, ulong[][] BandKeys) Build(int count, IEnumerable<int> which, Func<int, IEnumerable<int>> claimTexts,
        TextSketches sketches, MinHasher hasher, int bands)
    {
        var shingles = new ulong[count][];
        var bandKeys = new ulong[count][];
        Array.Fill(shingles, []);
        Array.Fill(bandKeys, []);
        Parallel.ForEach(which, i =>
        {
            shingles[i] = WordShingles(claimTexts(i), sketches);
            if (shingles[i].Length == 0) return;
            bandKeys[i] = new ulong[bands];
            LshClustering.BandKeys(hasher.Signature(shingles[i]), bandKeys[i]);
        });
        return (shingles, bandKeys);
    }

    /// <summary>Word 5-grams running across a document's claims, each hashed from its words' hashes (no strings built).</summary>
    private static ulong[] WordShingles(IEnumerable<int> claimTexts, TextSketches sketches)
    {
        // The word run is scratch kept per thread, the shingles before de-duplication a rented buffer (made distinct in
        // place): a passage allocates only its result.
        var words = _words ??= [];
        words.Clear();
        foreach (var text in claimTexts) words.AddRange(sketches.Words(text));
        if (words.Count < WordsPerShingle) return [];
        var length = words.Count - WordsPerShingle + 1;
        var shingles = ArrayPool<ulong>.Shared.Rent(length);
        for (var i = 0; i < length; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < WordsPerShingle; k++) h = (h ^ words[i + k]) * 0x100000001b3UL;
            shingles[i] = h;
        }
        var distinct = shingles.AsSpan(0, ShingleSet.Distinct<ulong>(shingles.AsSpan(0, length), shingles)).ToArray();
        ArrayPool<ulong>.Shared.Return(shingles);
        return distinct;
    }

    [ThreadStatic] private static List<ulong>? _words;
}
