using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// The distinct claim texts of earlier runs — exact key, first sighting and MinHash signature, 528 bytes a text with
/// the default 128 permutations — kept in the state store between runs (the stage is an <c>IStatefulStage</c>).
/// With them a claim that was reworded since it was first reported is recognised, not announced again as new:
/// its texts are looked up exactly, then by LSH bands over the signatures, a candidate counting when the share
/// of equal signature entries (the MinHash estimate of Jaccard similarity) reaches the claim threshold.
/// </summary>
internal sealed class EarlierRuns
{
    private const byte Version = 1;

    private readonly ulong[] _exact;
    private readonly long[] _firstSeen;
    private readonly uint[] _signatures;
    private readonly int _permutations;

    private EarlierRuns(ulong[] exact, long[] firstSeen, uint[] signatures, int permutations)
    {
        (_exact, _firstSeen, _signatures, _permutations) = (exact, firstSeen, signatures, permutations);
    }

    public static EarlierRuns Empty(int permutations) => new([], [], [], permutations);

    public int Count => _exact.Length;

    /// <summary>The saved texts, or null when they were saved with other hashing options (then they cannot be compared).</summary>
    public static EarlierRuns? Read(byte[] blob, DeduplicatorOptions options)
    {
        using var reader = new BinaryReader(new MemoryStream(blob, writable: false));
        if (reader.ReadByte() != Version || reader.ReadInt32() != options.Permutations || reader.ReadInt32() != options.ShingleSize) return null;
        var count = reader.ReadInt32();
        var exact = new ulong[count];
        var firstSeen = new long[count];
        var signatures = new uint[(long)count * options.Permutations];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(exact.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(firstSeen.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(signatures.AsSpan()));
        return new EarlierRuns(exact, firstSeen, signatures, options.Permutations);
    }

    /// <summary>
    /// When each of this run's distinct texts was first seen by an earlier run (ticks, UTC), or 0 when none saw it
    /// or a near copy of it.
    /// </summary>
    public long[] FirstSightings(TextSketches sketches, ulong[] exactOf, int bands, double threshold)
    {
        var first = new long[sketches.Count];
        if (Count == 0) return first;
        var byExact = new Dictionary<ulong, int>(exactOf.Length);
        for (var d = 0; d < exactOf.Length; d++) byExact.TryAdd(exactOf[d], d);
        for (var e = 0; e < Count; e++)
            if (byExact.TryGetValue(_exact[e], out var d)) Earliest(first, d, _firstSeen[e]);
        if (bands == 0) return first;

        // Near, for the texts no earlier run saw exactly (on a daily run, the few new ones): one band at a time,
        // those texts bucketed by that band's key, every saved text looked up.
        var open = Enumerable.Range(0, sketches.Count).Where(d => first[d] == 0).ToArray();
        if (open.Length == 0) return first;
        var rows = _permutations / bands;
        var chainStart = new Dictionary<ulong, int>(open.Length);
        var next = new int[sketches.Count];
        for (var band = 0; band < bands; band++)
        {
            chainStart.Clear();
            for (var k = open.Length - 1; k >= 0; k--)
            {
                var d = open[k];
                var key = sketches.BandKeys(d)[band];
                next[d] = chainStart.TryGetValue(key, out var head) ? head : -1;
                chainStart[key] = d;
            }
            for (var e = 0; e < Count; e++)
            {
                var signature = Signature(e);
                var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.Slice(band * rows, rows)));
                if (!chainStart.TryGetValue(key, out var d)) continue;
                for (; d >= 0; d = next[d])
                    if ((first[d] == 0 || _firstSeen[e] < first[d]) && Agreement(signature, sketches.Signature(d)) >= threshold)
                        first[d] = _firstSeen[e];
            }
        }
        return first;
    }

    /// <summary>
    /// The saved texts plus this run's (first seen now, or when an earlier run saw a near copy), keeping the
    /// <paramref name="limit"/> most recently first seen.
    /// </summary>
    /// <param name="signatures">This run's signatures, one after another in the order of <paramref name="exactOf"/>.</param>
    public byte[] With(ulong[] exactOf, uint[] signatures, long[] firstSightings, long now, int limit, DeduplicatorOptions options)
    {
        var known = new HashSet<ulong>(_exact);
        var entries = new List<(ulong Exact, long FirstSeen, int Saved, int Current)>(Count + exactOf.Length);
        for (var e = 0; e < Count; e++) entries.Add((_exact[e], _firstSeen[e], e, -1));
        for (var d = 0; d < exactOf.Length; d++)
            if (known.Add(exactOf[d])) entries.Add((exactOf[d], firstSightings[d] == 0 ? now : firstSightings[d], -1, d));
        // Over the limit, the texts first seen longest ago are forgotten first (ties: by key, so the choice is stable).
        var kept = entries.Count <= limit ? entries : [.. entries.OrderByDescending(x => x.FirstSeen).ThenBy(x => x.Exact).Take(limit)];

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Version);
            writer.Write(options.Permutations);
            writer.Write(options.ShingleSize);
            writer.Write(kept.Count);
            foreach (var x in kept) writer.Write(x.Exact);
            foreach (var x in kept) writer.Write(x.FirstSeen);
            foreach (var x in kept)
                writer.Write(MemoryMarshal.AsBytes(x.Saved >= 0 ? Signature(x.Saved) : signatures.AsSpan(x.Current * _permutations, _permutations)));
        }
        return stream.ToArray();
    }

    private ReadOnlySpan<uint> Signature(int e) => _signatures.AsSpan(e * _permutations, _permutations);

    /// <summary>The share of equal entries of two signatures: the MinHash estimate of the texts' Jaccard similarity.</summary>
    private static double Agreement(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    private static void Earliest(long[] first, int d, long ticks)
    {
        if (first[d] == 0 || ticks < first[d]) first[d] = ticks;
    }
}
