using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Processor.Abstractions;

namespace Processor.Core.Sharding;

/// <summary>
/// One shard's result, self-describing and checksummed: a JSON header (format, pipeline fingerprint, plugin versions,
/// the shard, every input it covers with its sha256 and what was skipped) followed by each file's per-file results in
/// the state store's compact form (<see cref="State.CachedSourceCodec"/>), then the SHA-256 of all that. Written to a
/// temporary name and renamed, so a reduce never reads half a shard.
/// </summary>
public sealed class ShardFile
{
    public const string Extension = ".pshard";
    public const string Format = "processor.shard/1";
    private static readonly byte[] Magic = "PSHARD1\n"u8.ToArray();

    public required ShardHeader Header { get; init; }

    /// <summary>Each covered file's results (relative path → compact blob); files skipped whole have none.</summary>
    public required IReadOnlyDictionary<string, byte[]> Results { get; init; }

    public void Write(string path)
    {
        var temp = path + $".tmp-{Guid.NewGuid():N}";
        using (var stream = File.Create(temp))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Put(ReadOnlySpan<byte> bytes)
            {
                stream.Write(bytes);
                hash.AppendData(bytes);
            }
            void PutBlock(ReadOnlySpan<byte> bytes)
            {
                Span<byte> length = stackalloc byte[4];
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
                Put(length);
                Put(bytes);
            }
            Put(Magic);
            PutBlock(JsonSerializer.SerializeToUtf8Bytes(Header, ShardJson.Options));
            foreach (var input in Header.Inputs.Where(i => Results.ContainsKey(i.Path)))
            {
                PutBlock(Encoding.UTF8.GetBytes(input.Path));
                PutBlock(Results[input.Path]);
            }
            stream.Write(hash.GetHashAndReset());
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads and checks a shard file; a damaged, cut or foreign file is a <see cref="ShardException"/> naming it.</summary>
    public static ShardFile Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new ShardException(path, $"cannot be read ({e.Message.TrimEnd('.')})"); }
        if (bytes.Length < Magic.Length + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new ShardException(path, "is not a Processor shard result");
        var body = bytes.AsSpan(0, bytes.Length - 32);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new ShardException(path, "is damaged or cut short (its checksum does not match); run its map job again");
        var at = Magic.Length;
        ReadOnlySpan<byte> Block(ReadOnlySpan<byte> all)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(all[at..]);
            var block = all.Slice(at + 4, length);
            at += 4 + length;
            return block;
        }
        var header = JsonSerializer.Deserialize<ShardHeader>(Block(body), ShardJson.Options)
            ?? throw new ShardException(path, "has no header");
        if (header.Format != Format) throw new ShardException(path, $"is of format '{header.Format}'; this Processor reads {Format}");
        var results = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (at < body.Length)
        {
            var name = Encoding.UTF8.GetString(Block(body));
            results[name] = Block(body).ToArray();
        }
        return new ShardFile { Header = header, Results = results };
    }
}

/// <summary>What a shard file says about itself.</summary>
public sealed record ShardHeader
{
    public string Format { get; init; } = ShardFile.Format;
    public required string Pipeline { get; init; }
    public required string Fingerprint { get; init; }
    public required int Shard { get; init; }
    public required int Shards { get; init; }
    public required IReadOnlyList<string> Plugins { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required IReadOnlyList<ShardInput> Inputs { get; init; }
}

/// <summary>One input of a shard: its relative path and sha256 (empty when it could not be read), and what was skipped of it.</summary>
public sealed record ShardInput(string Path, string Sha256, long Bytes, IReadOnlyList<SkippedInput> Skipped);

/// <summary>A shard file that cannot be used, or a set of shards that does not fit the pipeline: a located user error.</summary>
public sealed class ShardException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;

    public string Problem { get; } = problem;
}

internal static class ShardJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };
}
