using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Processor.Plugins.Deduplicator.Hashing;

/// <summary>
/// The distinct claim texts of earlier runs — exact key, first sighting and a four-bit MinHash signature, about 73
/// bytes a text with the default 128 permutations — kept in the state store between runs (the stage is an
/// <c>IStatefulStage</c>). With them a claim that was reworded since it was first reported is recognised, not
/// announced again as new: its texts are looked up exactly, then by LSH bands over the signatures, a candidate
/// counting when the share of equal signature entries, corrected for chance (the b-bit MinHash estimate of Jaccard
/// similarity), reaches the claim threshold.
/// </summary>
/// <remarks>
/// Only the lowest four bits of each MinHash value are kept (b-bit minwise hashing): two unrelated texts agree on an
/// entry with probability 1/16, which the estimate subtracts, and a band of four entries (16 bits) still tells texts
/// apart. At the claim threshold (0.55) the estimate's spread over 128 entries is 0.047, against 0.044 with whole bytes
/// (version 2, 140 bytes a text) and 0.044 with the full 32-bit values (version 1, 528 bytes a text); both are read, and
/// kept from then on in the smaller form. 100 MB of newswire: 21.5 → about 11 MB.
/// </remarks>
internal sealed class EarlierRuns
{
    /// <summary>Four-bit entries, two to a byte, and each text's run as a short number.</summary>
    private const byte Version = 3;

    /// <summary>The format before, with one-byte entries (their lowest four bits are read).</summary>
    private const byte ByteVersion = 2;

    /// <summary>The first format, with four-byte signature entries.</summary>
    private const byte WideVersion = 1;

    /// <summary>The bits of each MinHash value kept.</summary>
    private const int Bits = 4;

    private const byte EntryMask = (1 << Bits) - 1;

    /// <summary>The chance that entries of unrelated texts are equal.</summary>
    private const double ChanceAgreement = 1.0 / (1 << Bits);

    private readonly ulong[] _exact;
    private readonly long[] _firstSeen;
    private readonly byte[] _signatures;
    private readonly int _permutations;

    private EarlierRuns(ulong[] exact, long[] firstSeen, byte[] signatures, int permutations)
    {
        (_exact, _firstSeen, _signatures, _permutations) = (exact, firstSeen, signatures, permutations);
    }

    public static EarlierRuns Empty(int permutations) => new([], [], [], permutations);

    public int Count => _exact.Length;

    /// <summary>The saved texts, or null when they were saved with other hashing options (then they cannot be compared).</summary>
    public static EarlierRuns? Read(byte[] blob, DeduplicatorOptions options)
    {
        using var reader = new BinaryReader(new MemoryStream(blob, writable: false));
        var version = reader.ReadByte();
        if (version is not (Version or ByteVersion or WideVersion) || reader.ReadInt32() != options.Permutations || reader.ReadInt32() != options.ShingleSize) return null;
        var count = reader.ReadInt32();
        var exact = new ulong[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(exact.AsSpan()));
        var firstSeen = new long[count];
        var signatures = new byte[(long)count * options.Permutations];
        if (version == WideVersion)
        {
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(firstSeen.AsSpan()));
            var wide = new uint[signatures.Length];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(wide.AsSpan()));
            for (var i = 0; i < wide.Length; i++) signatures[i] = (byte)(wide[i] & EntryMask);
        }
        else
        {
            // First sightings are run times, a handful of distinct values: a table, and an index per text.
            var times = new long[reader.ReadInt32()];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(times.AsSpan()));
            for (var e = 0; e < count; e++) firstSeen[e] = times[version == Version ? reader.Read7BitEncodedInt() : reader.ReadInt32()];
            if (version == Version)
            {
                var permutations = options.Permutations;
                var packed = new byte[(long)count * PackedLength(permutations)];
                reader.BaseStream.ReadExactly(packed);
                for (long e = 0, at = 0; e < count; e++)
                    for (var i = 0; i < permutations; i += 2, at++)
                    {
                        signatures[e * permutations + i] = (byte)(packed[at] & EntryMask);
                        if (i + 1 < permutations) signatures[e * permutations + i + 1] = (byte)(packed[at] >> Bits);
                    }
            }
            else
            {
                reader.BaseStream.ReadExactly(signatures);
                for (var i = 0; i < signatures.Length; i++) signatures[i] &= EntryMask;
            }
        }
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
        var narrow = new byte[(long)sketches.Count * _permutations];
        foreach (var d in open) Narrow(sketches.Signature(d), narrow.AsSpan(d * _permutations, _permutations));
        var chainStart = new Dictionary<ulong, int>(open.Length);
        var next = new int[sketches.Count];
        for (var band = 0; band < bands; band++)
        {
            chainStart.Clear();
            for (var k = open.Length - 1; k >= 0; k--)
            {
                var d = open[k];
                var key = XxHash3.HashToUInt64(narrow.AsSpan(d * _permutations + band * rows, rows));
                next[d] = chainStart.TryGetValue(key, out var head) ? head : -1;
                chainStart[key] = d;
            }
            for (var e = 0; e < Count; e++)
            {
                var signature = Signature(e);
                var key = XxHash3.HashToUInt64(signature.Slice(band * rows, rows));
                if (!chainStart.TryGetValue(key, out var d)) continue;
                for (; d >= 0; d = next[d])
                    if ((first[d] == 0 || _firstSeen[e] < first[d]) && Similarity(signature, narrow.AsSpan(d * _permutations, _permutations)) >= threshold)
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
        var times = kept.Select(x => x.FirstSeen).Distinct().Order().ToArray();
        var timeIndex = new Dictionary<long, int>(times.Length);
        for (var t = 0; t < times.Length; t++) timeIndex[times[t]] = t;

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(Version);
            writer.Write(options.Permutations);
            writer.Write(options.ShingleSize);
            writer.Write(kept.Count);
            foreach (var x in kept) writer.Write(x.Exact);
            writer.Write(times.Length);
            foreach (var t in times) writer.Write(t);
            foreach (var x in kept) writer.Write7BitEncodedInt(timeIndex[x.FirstSeen]);
            var narrow = new byte[_permutations];
            var packed = new byte[PackedLength(_permutations)];
            foreach (var x in kept)
            {
                if (x.Saved >= 0) Signature(x.Saved).CopyTo(narrow);
                else Narrow(signatures.AsSpan(x.Current * _permutations, _permutations), narrow);
                for (var i = 0; i < packed.Length; i++)
                    packed[i] = (byte)(narrow[2 * i] | (2 * i + 1 < narrow.Length ? narrow[2 * i + 1] << Bits : 0));
                writer.Write(packed);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Bytes a signature takes on disk: two entries to a byte.</summary>
    private static int PackedLength(int permutations) => (permutations + 1) / 2;

    private ReadOnlySpan<byte> Signature(int e) => _signatures.AsSpan(e * _permutations, _permutations);

    /// <summary>The lowest four bits of each MinHash value.</summary>
    private static void Narrow(ReadOnlySpan<uint> signature, Span<byte> narrow)
    {
        for (var i = 0; i < signature.Length; i++) narrow[i] = (byte)(signature[i] & EntryMask);
    }

    /// <summary>
    /// The Jaccard similarity two four-bit signatures estimate: the share of equal entries, less what chance gives
    /// (an entry of unrelated texts is equal one time in 16).
    /// </summary>
    private static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
            if (a[i] == b[i]) equal++;
        return ((double)equal / a.Length - ChanceAgreement) / (1 - ChanceAgreement);
    }

    private static void Earliest(long[] first, int d, long ticks)
    {
        if (first[d] == 0 || ticks < first[d]) first[d] = ticks;
    }
}
