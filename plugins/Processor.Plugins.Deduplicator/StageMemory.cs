namespace Processor.Plugins.Deduplicator;

/// <summary>
/// What the deduplicator keeps between runs, as one blob for the state store: the texts of earlier runs
/// (<see cref="Hashing.EarlierRuns"/>) and the stories (<see cref="Stories.SavedStory"/>), each as its own part so that
/// either can change its format alone. A blob from before stories (it starts with the texts' version byte, 1) is read
/// as texts only.
/// </summary>
internal static class StageMemory
{
    private const byte Marker = 0xD2;

    public static byte[] Write(byte[]? texts, byte[]? stories)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Marker);
            w.Write(texts?.Length ?? 0);
            if (texts is not null) w.Write(texts);
            w.Write(stories?.Length ?? 0);
            if (stories is not null) w.Write(stories);
        }
        return stream.ToArray();
    }

    public static (byte[] Texts, byte[] Stories) Read(byte[] blob)
    {
        if (blob.Length == 0 || blob[0] != Marker) return (blob, []);
        using var r = new BinaryReader(new MemoryStream(blob, writable: false));
        r.ReadByte();
        var texts = r.ReadBytes(r.ReadInt32());
        var stories = r.ReadBytes(r.ReadInt32());
        return (texts, stories);
    }
}
