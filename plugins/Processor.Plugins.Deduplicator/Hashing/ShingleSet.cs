using System.Buffers;
using System.Numerics;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// Sets of shingle hashes as plain arrays of distinct values, built and compared with a small open-addressing
/// table instead of sorting: sorting ~150 random 64-bit values per claim cost more than hashing and signing
/// them together.
/// </summary>
internal static class ShingleSet
{
    /// <summary>Tables up to this many slots live on the stack (8 KB).</summary>
    private const int StackSlots = 1024;

    /// <summary>The distinct values of <paramref name="hashes"/>, in first-seen order.</summary>
    public static ulong[] Distinct(ReadOnlySpan<ulong> hashes)
    {
        var distinct = new ulong[hashes.Length];
        var count = Distinct(hashes, distinct);
        return count == distinct.Length ? distinct : distinct[..count];
    }

    /// <summary>Writes the distinct values of <paramref name="hashes"/> to <paramref name="distinct"/> in first-seen order; returns how many.</summary>
    public static int Distinct(ReadOnlySpan<ulong> hashes, Span<ulong> distinct)
    {
        if (hashes.Length <= 1)
        {
            hashes.CopyTo(distinct);
            return hashes.Length;
        }
        var slots = Slots(hashes.Length);
        ulong[]? rented = null;
        var table = slots <= StackSlots ? stackalloc ulong[slots] : (rented = ArrayPool<ulong>.Shared.Rent(slots)).AsSpan(0, slots);
        table.Clear();
        var count = 0;
        var zero = false;   // zero marks an empty slot, so it is tracked on its own
        foreach (var h in hashes)
            if (h == 0 ? !zero && (zero = true) : Add(table, h)) distinct[count++] = h;
        if (rented is not null) ArrayPool<ulong>.Shared.Return(rented);
        return count;
    }

    /// <summary>Exact Jaccard similarity of two sets given as arrays of distinct values.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        if (x.Length > y.Length)
        {
            var shorter = y;
            y = x;
            x = shorter;
        }
        if (x.Length == 0) return y.Length == 0 ? 1 : 0;
        var slots = Slots(x.Length);
        ulong[]? rented = null;
        var table = slots <= StackSlots ? stackalloc ulong[slots] : (rented = ArrayPool<ulong>.Shared.Rent(slots)).AsSpan(0, slots);
        table.Clear();
        var zero = false;
        foreach (var h in x)
            if (h == 0) zero = true;
            else Add(table, h);
        var common = 0;
        foreach (var h in y)
            if (h == 0 ? zero : Contains(table, h)) common++;
        if (rented is not null) ArrayPool<ulong>.Shared.Return(rented);
        return (double)common / (x.Length + y.Length - common);
    }

    /// <summary>A power of two at least twice the count, so probes stay short.</summary>
    private static int Slots(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));

    // Zero marks an empty slot: callers never pass zero (they track it on their own).
    private static bool Add(Span<ulong> table, ulong h)
    {
        var mask = table.Length - 1;
        for (var i = (int)(h >> 32) & mask; ; i = (i + 1) & mask)
        {
            if (table[i] == h) return false;
            if (table[i] != 0) continue;
            table[i] = h;
            return true;
        }
    }

    private static bool Contains(Span<ulong> table, ulong h)
    {
        var mask = table.Length - 1;
        for (var i = (int)(h >> 32) & mask; ; i = (i + 1) & mask)
        {
            if (table[i] == h) return true;
            if (table[i] == 0) return false;
        }
    }
}
