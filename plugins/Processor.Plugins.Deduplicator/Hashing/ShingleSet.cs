using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// Sets of shingle hashes as plain arrays of distinct values, built and compared with a small open-addressing
/// table instead of sorting: sorting ~150 random 64-bit values per claim cost more than hashing and signing
/// them together.
/// </summary>
internal static class ShingleSet
{
    /// <summary>Tables up to this size live on the stack.</summary>
    private const int StackBytes = 8192;

    /// <summary>The distinct values of <paramref name="hashes"/>, in first-seen order.</summary>
    public static ulong[] Distinct(ReadOnlySpan<ulong> hashes)
    {
        var distinct = new ulong[hashes.Length];
        var count = Distinct(hashes, distinct);
        return count == distinct.Length ? distinct : distinct[..count];
    }

    /// <summary>
    /// Writes the distinct values of <paramref name="hashes"/> to <paramref name="distinct"/> in first-seen order; returns
    /// how many. The two may be the same span: each value is written at or before the place it was read from.
    /// </summary>
    public static int Distinct<T>(ReadOnlySpan<T> hashes, Span<T> distinct) where T : unmanaged, IBinaryInteger<T>
    {
        if (hashes.Length <= 1)
        {
            hashes.CopyTo(distinct);
            return hashes.Length;
        }
        var slots = Slots(hashes.Length);
        T[]? rented = null;
        var table = slots * Unsafe.SizeOf<T>() <= StackBytes ? stackalloc T[slots] : (rented = ArrayPool<T>.Shared.Rent(slots)).AsSpan(0, slots);
        table.Clear();
        var count = 0;
        var zero = false;   // zero marks an empty slot, so it is tracked on its own
        foreach (var h in hashes)
            if (T.IsZero(h) ? !zero && (zero = true) : Add(table, h)) distinct[count++] = h;
        if (rented is not null) ArrayPool<T>.Shared.Return(rented);
        return count;
    }

    /// <summary>Exact Jaccard similarity of two sets given as arrays of distinct values.</summary>
    public static double Jaccard<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : unmanaged, IBinaryInteger<T>
    {
        if (x.Length > y.Length)
        {
            var shorter = y;
            y = x;
            x = shorter;
        }
        if (x.Length == 0) return y.Length == 0 ? 1 : 0;
        var slots = Slots(x.Length);
        T[]? rented = null;
        var table = slots * Unsafe.SizeOf<T>() <= StackBytes ? stackalloc T[slots] : (rented = ArrayPool<T>.Shared.Rent(slots)).AsSpan(0, slots);
        table.Clear();
        var zero = false;
        foreach (var h in x)
            if (T.IsZero(h)) zero = true;
            else Add(table, h);
        var common = 0;
        foreach (var h in y)
            if (T.IsZero(h) ? zero : Contains(table, h)) common++;
        if (rented is not null) ArrayPool<T>.Shared.Return(rented);
        return (double)common / (x.Length + y.Length - common);
    }

    /// <summary>A power of two at least twice the count, so probes stay short.</summary>
    private static int Slots(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));

    // Zero marks an empty slot: callers never pass zero (they track it on their own). The slot comes from the value's
    // upper half (the lower bits of a folded or multiplied hash are no better spread).
    private static int SlotOf<T>(T h, int mask) where T : unmanaged, IBinaryInteger<T> =>
        int.CreateTruncating(h >>> (Unsafe.SizeOf<T>() * 4)) & mask;

    private static bool Add<T>(Span<T> table, T h) where T : unmanaged, IBinaryInteger<T>
    {
        var mask = table.Length - 1;
        for (var i = SlotOf(h, mask); ; i = (i + 1) & mask)
        {
            if (table[i] == h) return false;
            if (!T.IsZero(table[i])) continue;
            table[i] = h;
            return true;
        }
    }

    private static bool Contains<T>(Span<T> table, T h) where T : unmanaged, IBinaryInteger<T>
    {
        var mask = table.Length - 1;
        for (var i = SlotOf(h, mask); ; i = (i + 1) & mask)
        {
            if (table[i] == h) return true;
            if (T.IsZero(table[i])) return false;
        }
    }
}
