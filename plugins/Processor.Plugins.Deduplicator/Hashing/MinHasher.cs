using System.Buffers;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// MinHash over character shingles. Each shingle is hashed once with XxHash3; the permutations are
/// multiply-add on 64-bit values with fixed seeds, so signatures are stable across runs and can be stored.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;
    private readonly int _shingleSize;

    public MinHasher(int permutations, int shingleSize)
    {
        _shingleSize = shingleSize;
        _a = new ulong[permutations];
        _b = new ulong[permutations];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < permutations; i++)
        {
            _a[i] = SplitMix(ref state) | 1;
            _b[i] = SplitMix(ref state);
        }
    }

    /// <summary>The distinct shingle hashes of a normalised text (a set for <see cref="ShingleSet.Jaccard"/>).</summary>
    public ulong[] Shingles(string normalized)
    {
        var chars = normalized.AsSpan();
        if (chars.Length <= _shingleSize) return [XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars))];
        var count = chars.Length - _shingleSize + 1;
        var buffer = ArrayPool<ulong>.Shared.Rent(count);
        for (var i = 0; i < count; i++) buffer[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars.Slice(i, _shingleSize)));
        var distinct = ShingleSet.Distinct(buffer.AsSpan(0, count));
        ArrayPool<ulong>.Shared.Return(buffer);
        return distinct;
    }

    /// <summary>
    /// The minimum of every permutation over the shingles. Permutations go a vector register at a time
    /// (four or eight): each shingle is broadcast once and multiplied with a whole block of permutations.
    /// </summary>
    public ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[_a.Length];
        var p = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; p + Vector<ulong>.Count <= _a.Length; p += Vector<ulong>.Count)
            {
                var a = new Vector<ulong>(_a, p);
                var b = new Vector<ulong>(_b, p);
                var min = new Vector<ulong>(ulong.MaxValue);
                foreach (var x in shingles) min = Vector.Min(min, a * new Vector<ulong>(x) + b);
                min.CopyTo(signature, p);
            }
        }
        for (; p < _a.Length; p++)
        {
            var min = ulong.MaxValue;
            foreach (var x in shingles) min = Math.Min(min, _a[p] * x + _b[p]);
            signature[p] = min;
        }
        return signature;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
