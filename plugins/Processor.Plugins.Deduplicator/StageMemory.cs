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
