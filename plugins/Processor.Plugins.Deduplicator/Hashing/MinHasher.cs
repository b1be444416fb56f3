using System.IO.Hashing;
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

    /// <summary>The distinct shingle hashes of a normalised text, sorted (for exact Jaccard).</summary>
    public ulong[] Shingles(string normalized)
    {
        var set = new HashSet<ulong>();
        var chars = normalized.AsSpan();
        if (chars.Length <= _shingleSize) set.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars)));
        for (var i = 0; i + _shingleSize <= chars.Length; i++)
            set.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(chars.Slice(i, _shingleSize))));
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }

    public ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[_a.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var x in shingles)
        {
            for (var p = 0; p < signature.Length; p++)
            {
                var h = _a[p] * x + _b[p];
                if (h < signature[p]) signature[p] = h;
            }
        }
        return signature;
    }

    /// <summary>Exact Jaccard similarity of two sorted shingle sets.</summary>
    public static double Jaccard(ulong[] x, ulong[] y)
    {
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { common++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        var union = x.Length + y.Length - common;
        return union == 0 ? 1 : (double)common / union;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
