using System.Buffers;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// MinHash over character shingles. Each shingle is hashed once with XxHash3 and folded to 32 bits;
/// the permutations are multiply-add on its 32-bit fold with fixed odd multipliers, so signatures are stable
/// across runs and can be stored. 32-bit lanes: twice as many permutations per vector instruction as 64-bit
/// ones, and the 32-bit multiply is the cheaper instruction; the chance that two different shingles share a
/// 32-bit fold inside one text pair is negligible next to the Jaccard threshold.
/// </summary>
internal sealed class MinHasher
{
    private readonly uint[] _a;
    private readonly uint[] _b;
    private readonly int _shingleSize;

    public MinHasher(int permutations, int shingleSize)
    {
        _shingleSize = shingleSize;
        _a = new uint[permutations];
        _b = new uint[permutations];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < permutations; i++)
        {
            _a[i] = (uint)SplitMix(ref state) | 1;
            _b[i] = (uint)SplitMix(ref state);
        }
    }

    /// <summary>Most distinct shingles a text of <paramref name="length"/> characters can have.</summary>
    public int MaxShingles(int length) => Math.Max(1, length - _shingleSize + 1);

    /// <summary>
    /// The distinct shingle hashes of a normalised text, each folded to 32 bits (<see cref="Fold"/>: what the permutations
    /// take), a set for <see cref="ShingleSet.Jaccard{T}"/>, written to <paramref name="destination"/> (at least
    /// <see cref="MaxShingles"/> long); returns how many. Folded before they are made distinct: one pass, and a set is
    /// half the memory it was with 64-bit hashes. Two different shingles of one compared pair share a fold with a chance
    /// of about 5 in a million, far below what moves a Jaccard similarity across a threshold.
    /// </summary>
    public int Shingles(ReadOnlySpan<char> normalized, Span<uint> destination)
    {
        if (normalized.Length <= _shingleSize)
        {
            destination[0] = Fold(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(normalized)));
            return 1;
        }
        var count = normalized.Length - _shingleSize + 1;
        var buffer = ArrayPool<uint>.Shared.Rent(count);
        for (var i = 0; i < count; i++) buffer[i] = Fold(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(normalized.Slice(i, _shingleSize))));
        var distinct = ShingleSet.Distinct<uint>(buffer.AsSpan(0, count), destination);
        ArrayPool<uint>.Shared.Return(buffer);
        return distinct;
    }

    /// <summary>The distinct folded shingle hashes of a normalised text, as an array.</summary>
    public uint[] Shingles(string normalized)
    {
        var shingles = new uint[MaxShingles(normalized.Length)];
        return shingles[..Shingles(normalized, shingles)];
    }

    public int Permutations => _a.Length;

    /// <summary>
    /// The minimum of every permutation over the shingles. Permutations go a vector register at a time
    /// (eight or sixteen): each shingle is broadcast once and multiplied with a whole block of permutations.
    /// </summary>
    public void Signature(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        uint[]? rented = null;
        var folded = shingles.Length <= 512 ? stackalloc uint[shingles.Length] : (rented = ArrayPool<uint>.Shared.Rent(shingles.Length)).AsSpan(0, shingles.Length);
        for (var i = 0; i < shingles.Length; i++) folded[i] = Fold(shingles[i]);
        Signature(folded, signature);
        if (rented is not null) ArrayPool<uint>.Shared.Return(rented);
    }

    /// <summary>The signature of shingles already folded to 32 bits (<see cref="Fold"/>).</summary>
    public void Signature(ReadOnlySpan<uint> folded, Span<uint> signature)
    {
        var p = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; p + Vector<uint>.Count <= _a.Length; p += Vector<uint>.Count)
            {
                var a = new Vector<uint>(_a, p);
                var b = new Vector<uint>(_b, p);
                var min = new Vector<uint>(uint.MaxValue);
                foreach (var x in folded) min = Vector.Min(min, a * new Vector<uint>(x) + b);
                min.CopyTo(signature[p..]);
            }
        }
        for (; p < _a.Length; p++)
        {
            var min = uint.MaxValue;
            foreach (var x in folded) min = Math.Min(min, _a[p] * x + _b[p]);
            signature[p] = min;
        }
    }

    /// <summary>The signature as an array.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[_a.Length];
        Signature(shingles, signature);
        return signature;
    }

    /// <summary>A shingle hash folded to 32 bits: what the permutations take, and what a text's sketch keeps.</summary>
    private static uint Fold(ulong shingle) => (uint)shingle ^ (uint)(shingle >> 32);

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
