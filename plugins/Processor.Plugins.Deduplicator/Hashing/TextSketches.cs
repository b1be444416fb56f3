using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Plugins.Deduplicator.Clustering;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// What the deduplicator keeps of each distinct claim text, in columns: its shingle set, its MinHash signature and
/// LSH band keys, and its word hashes (for the document-level check), each in one large shared array with an offset per text.
/// A few arrays instead of three small ones per text: a corpus has hundreds of thousands of distinct texts,
/// and that many small surviving arrays made the garbage collector the stage's largest cost.
/// </summary>
internal sealed class TextSketches
{
    // Folded shingle hashes (MinHasher.Shingles): 32 bits each, half of what the stage's largest array was.
    private readonly uint[] _shingles;
    private readonly long[] _shingleStart;
    private readonly int[] _shingleCount;
    private readonly ulong[] _bandKeys;
    private readonly uint[] _signatures;
    private readonly int _permutations;
    private readonly int _bands;
    private readonly ulong[] _words;
    private readonly long[] _wordStart;

    private TextSketches(IReadOnlyList<string> folded, MinHasher hasher, int bands)
    {
        _bands = bands;
        _shingleStart = new long[folded.Count + 1];
        _wordStart = new long[folded.Count + 1];
        for (var d = 0; d < folded.Count; d++)
        {
            _shingleStart[d + 1] = _shingleStart[d] + hasher.MaxShingles(folded[d].Length);
            // A folded text is words separated by single spaces.
            _wordStart[d + 1] = _wordStart[d] + (folded[d].Length == 0 ? 0 : folded[d].AsSpan().Count(' ') + 1);
        }
        if (_shingleStart[^1] > Array.MaxLength || _wordStart[^1] > Array.MaxLength)
            throw new InvalidOperationException($"{folded.Count:N0} distinct claim texts are more than one run can compare; split the corpus into several runs");
        _shingles = new uint[_shingleStart[^1]];
        _shingleCount = new int[folded.Count];
        _bandKeys = new ulong[(long)folded.Count * bands];
        _permutations = bands == 0 ? 0 : hasher.Permutations;
        _signatures = new uint[(long)folded.Count * _permutations];
        _words = new ulong[_wordStart[^1]];
    }

    public int Count => _shingleCount.Length;

    /// <summary>Shingles, band keys (when <paramref name="bands"/> > 0) and word hashes of every text, on every core.</summary>
    public static TextSketches Build(IReadOnlyList<string> folded, MinHasher hasher, int bands, CancellationToken cancellation)
    {
        var sketches = new TextSketches(folded, hasher, bands);
        Parallel.For(0, folded.Count, new ParallelOptions { CancellationToken = cancellation }, d => sketches.Sketch(d, folded[d], hasher));
        return sketches;
    }

    public ReadOnlySpan<uint> Shingles(int d) => _shingles.AsSpan((int)_shingleStart[d], _shingleCount[d]);

    public ReadOnlySpan<ulong> BandKeys(int d) => _bands == 0 ? [] : _bandKeys.AsSpan(d * _bands, _bands);

    /// <summary>The MinHash signature (kept so that later runs can recognise the text: see <see cref="EarlierRuns"/>).</summary>
    public ReadOnlySpan<uint> Signature(int d) => _signatures.AsSpan(d * _permutations, _permutations);

    /// <summary>
    /// The shingle Jaccard similarity of two texts, estimated from their MinHash signatures (the share of permutations
    /// whose minimum agrees; standard error about 0.04 with 128 permutations) when they were signed, else computed.
    /// Forty times cheaper than the exact set comparison, for the many comparisons the paraphrase level makes.
    /// </summary>
    public double ShingleSimilarity(int a, int b)
    {
        if (_permutations == 0) return ShingleSet.Jaccard(Shingles(a), Shingles(b));
        var x = Signature(a);
        var y = Signature(b);
        var equal = 0;
        var k = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
            for (; k + System.Numerics.Vector<uint>.Count <= x.Length; k += System.Numerics.Vector<uint>.Count)
                equal -= System.Numerics.Vector.Sum((System.Numerics.Vector<int>)System.Numerics.Vector.Equals(
                    new System.Numerics.Vector<uint>(x[k..]), new System.Numerics.Vector<uint>(y[k..])));
        for (; k < x.Length; k++)
            if (x[k] == y[k]) equal++;
        return equal / (double)x.Length;
    }

    /// <summary>Every signature, one after another (kept after the run for <see cref="EarlierRuns"/>).</summary>
    public uint[] Signatures => _signatures;

    public ReadOnlySpan<ulong> Words(int d) => _words.AsSpan((int)_wordStart[d], (int)(_wordStart[d + 1] - _wordStart[d]));

    private void Sketch(int d, string text, MinHasher hasher)
    {
        var shingles = _shingles.AsSpan((int)_shingleStart[d], (int)(_shingleStart[d + 1] - _shingleStart[d]));
        _shingleCount[d] = hasher.Shingles(text, shingles);
        if (_bands > 0)
        {
            var signature = _signatures.AsSpan(d * _permutations, _permutations);
            hasher.Signature(shingles[.._shingleCount[d]], signature);
            LshClustering.BandKeys(signature, _bandKeys.AsSpan(d * _bands, _bands));
        }
        var words = _words.AsSpan((int)_wordStart[d]);
        var n = 0;
        foreach (var range in text.AsSpan().Split(' '))
            words[n++] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan(range)));
    }
}
