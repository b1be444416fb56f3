namespace Processor.Plugins.Deduplicator.Stories;

/// <summary>
/// A story as the state store keeps it between runs: enough to recognise a follow-up (its centroid's strongest terms
/// and its latest date) and to tell which of its documents are new (the ids of those it had).
/// </summary>
internal sealed record SavedStory(string Id, string Title, DateOnly? First, string? FirstBy, DateOnly? Last,
    IReadOnlyList<string> Documents, TermVector Centroid)
{
    private const byte Version = 1;

    /// <summary>
    /// A compressed blob: this byte, then the Brotli-compressed records (which start with <see cref="Version"/>). Every story
    /// of the corpus is kept, so on 100 MB of newswire the records are 6 MB, mostly document ids that compress well.
    /// </summary>
    private const byte Compressed = 2;

    /// <summary>Stories kept besides those of the current corpus (which are all kept): the ones reported last.</summary>
    public const int Limit = 5_000;

    public static byte[] Write(IReadOnlyList<SavedStory> stories) => StageMemory.Pack(Compressed, Records(stories));

    private static byte[] Records(IReadOnlyList<SavedStory> stories)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Version);
            w.Write(stories.Count);
            foreach (var s in stories)
            {
                w.Write(s.Id);
                w.Write(s.Title);
                w.Write(s.First?.DayNumber ?? -1);
                w.Write(s.FirstBy ?? "");
                w.Write(s.Last?.DayNumber ?? -1);
                w.Write(s.Documents.Count);
                foreach (var d in s.Documents) w.Write(d);
                w.Write(s.Centroid.Terms.Length);
                for (var k = 0; k < s.Centroid.Terms.Length; k++)
                {
                    w.Write(s.Centroid.Terms[k]);
                    w.Write(s.Centroid.Weights[k]);
                }
            }
        }
        return stream.ToArray();
    }

    /// <summary>The saved stories, compressed or not; none when the bytes are of another version (stories then start afresh).</summary>
    public static List<SavedStory> Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 0 && bytes[0] == Compressed) return Read(StageMemory.Unpack(bytes[1..]));
        if (bytes.Length == 0 || bytes[0] != Version) return [];
        using var r = new BinaryReader(new MemoryStream(bytes.ToArray(), writable: false));
        r.ReadByte();
        var count = r.ReadInt32();
        var stories = new List<SavedStory>(count);
        for (var i = 0; i < count; i++)
        {
            var id = r.ReadString();
            var title = r.ReadString();
            var first = r.ReadInt32();
            var firstBy = r.ReadString();
            var last = r.ReadInt32();
            var documents = new string[r.ReadInt32()];
            for (var k = 0; k < documents.Length; k++) documents[k] = r.ReadString();
            var terms = new ulong[r.ReadInt32()];
            var weights = new float[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                terms[k] = r.ReadUInt64();
                weights[k] = r.ReadSingle();
            }
            stories.Add(new SavedStory(id, title, first < 0 ? null : DateOnly.FromDayNumber(first), firstBy.Length == 0 ? null : firstBy,
                last < 0 ? null : DateOnly.FromDayNumber(last), documents, new TermVector(terms, weights)));
        }
        return stories;
    }
}
