namespace Processor.Plugins.Deduplicator;

/// <summary>
/// What the deduplicator keeps between runs, as one blob for the state store: the texts of earlier runs
/// (<see cref="Hashing.EarlierRuns"/>), the stories (<see cref="Stories.SavedStory"/>) and the last result
/// (<see cref="Reuse.LastResult"/>), each as its own part so that any can change its format alone. A blob from before
/// stories (it starts with the texts' version byte, 1) is read as texts only; one from before the last result, as texts
/// and stories.
/// </summary>
internal static class StageMemory
{
    private const byte Marker = 0xD2;

    public static byte[] Write(byte[]? texts, byte[]? stories, byte[]? result)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Marker);
            foreach (var part in (byte[]?[])[texts, stories, result])
            {
                w.Write(part?.Length ?? 0);
                if (part is not null) w.Write(part);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Brotli quality for what is kept: 5 compresses these records nearly as well as 11 at a small share of the time.</summary>
    private const int Quality = 5;

    /// <summary>
    /// <paramref name="marker"/>, then <paramref name="records"/> Brotli-compressed in one call (a BrotliStream fed a
    /// writer's small writes emitted a block per write and came out larger than its input: 5.2 → 13 MB).
    /// </summary>
    public static byte[] Pack(byte marker, ReadOnlySpan<byte> records)
    {
        var packed = new byte[1 + System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(records.Length)];
        packed[0] = marker;
        if (!System.IO.Compression.BrotliEncoder.TryCompress(records, packed.AsSpan(1), out var written, Quality, window: 22))
            throw new InvalidOperationException("records to keep could not be compressed");
        return packed.AsSpan(0, 1 + written).ToArray();
    }

    /// <summary>The records <see cref="Pack"/> compressed (what follows its marker).</summary>
    public static byte[] Unpack(ReadOnlySpan<byte> compressed)
    {
        using var unpacked = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(compressed.ToArray(), writable: false), System.IO.Compression.CompressionMode.Decompress))
            brotli.CopyTo(unpacked);
        return unpacked.ToArray();
    }

    public static (byte[] Texts, byte[] Stories, byte[] Result) Read(byte[] blob)
    {
        if (blob.Length == 0 || blob[0] != Marker) return (blob, [], []);
        using var r = new BinaryReader(new MemoryStream(blob, writable: false));
        r.ReadByte();
        var texts = r.ReadBytes(r.ReadInt32());
        var stories = r.ReadBytes(r.ReadInt32());
        var result = r.BaseStream.Position < blob.Length ? r.ReadBytes(r.ReadInt32()) : [];
        return (texts, stories, result);
    }
}
