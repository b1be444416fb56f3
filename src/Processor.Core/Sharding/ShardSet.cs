using Processor.Core.Diagnostics;

namespace Processor.Core.Sharding;

/// <summary>
/// The shard results a reduce merges, checked against the pipeline before anything runs: every shard 1..N exactly once,
/// all made by this pipeline with the same stages, options and plugin builds (the fingerprint), and together covering the
/// pipeline's inputs exactly once. A missing, duplicated, foreign or stale shard is a user error naming it.
/// </summary>
public sealed class ShardSet
{
    private readonly Dictionary<string, (ShardInput Input, byte[]? Result, string File)> _byPath;

    private ShardSet(Dictionary<string, (ShardInput, byte[]?, string)> byPath, int count)
    {
        _byPath = byPath;
        Count = count;
    }

    /// <summary>How many shards were merged.</summary>
    public int Count { get; }

    /// <param name="pipelineName">The pipeline file's name (a shard of another pipeline is foreign).</param>
    /// <param name="relativeInputs">The pipeline's inputs now, relative paths as the digest writes them.</param>
    public static ShardSet Load(string directory, string pipelineName, string fingerprint, IReadOnlyCollection<string> relativeInputs)
    {
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*" + ShardFile.Extension).Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
            throw Error(directory, "holds no shard results; run the map jobs first (processor run PIPELINE --shard K/N --shard-dir " + directory + ")");
        var shards = new List<(string File, ShardFile Shard)>();
        foreach (var file in files)
        {
            try { shards.Add((file, ShardFile.Read(file))); }
            catch (ShardException e) { throw Error(e.Path, e.Problem); }
        }
        var count = shards[0].Shard.Header.Shards;
        foreach (var (file, shard) in shards)
        {
            var header = shard.Header;
            if (header.Pipeline != pipelineName)
                throw Error(file, $"is a shard of the pipeline '{header.Pipeline}', not of '{pipelineName}'; remove it or use another --shard-dir");
            if (header.Shards != count)
                throw Error(file, $"is shard {header.Shard} of {header.Shards}, but {Path.GetFileName(shards[0].File)} is one of {count}; remove the shards of the other split");
            if (header.Fingerprint != fingerprint)
                throw Error(file, "is stale: the pipeline's stages, options, gazetteers or plugin builds changed since it was made; run its map job again");
        }
        foreach (var group in shards.GroupBy(s => s.Shard.Header.Shard).Where(g => g.Count() > 1))
            throw Error(group.Last().File, $"is shard {group.Key}/{count} a second time (also {Path.GetFileName(group.First().File)}); remove one");
        for (var k = 1; k <= count; k++)
            if (shards.All(s => s.Shard.Header.Shard != k))
                throw Error(directory, $"has no result for shard {k}/{count}; run: processor run PIPELINE --shard {k}/{count} --shard-dir {directory}");

        var byPath = new Dictionary<string, (ShardInput, byte[]?, string)>(StringComparer.Ordinal);
        foreach (var (file, shard) in shards)
            foreach (var input in shard.Header.Inputs)
            {
                if (byPath.TryGetValue(input.Path, out var other))
                    throw Error(file, $"covers {input.Path}, which {Path.GetFileName(other.Item3)} covers too; remove the shards of the other split");
                byPath[input.Path] = (input, shard.Results.GetValueOrDefault(input.Path), file);
            }
        var inputs = relativeInputs.ToHashSet(StringComparer.Ordinal);
        if (inputs.FirstOrDefault(i => !byPath.ContainsKey(i)) is { } uncovered)
            throw Error(directory, $"has no shard covering {uncovered} (added since the maps ran?); run the map jobs again");
        if (byPath.Keys.FirstOrDefault(p => !inputs.Contains(p)) is { } gone)
            throw Error(byPath[gone].Item3, $"is stale: it covers {gone}, which is no longer an input; run the map jobs again");
        return new ShardSet(byPath, count);
    }

    /// <summary>What the shards hold for the input at <paramref name="relativePath"/>: checked against the file's sha256 now.</summary>
    public (ShardInput Input, byte[]? Result) For(string relativePath, string sha256)
    {
        var (input, result, file) = _byPath[relativePath];
        if (input.Sha256 != sha256)
            throw Error(file, $"is stale: {relativePath} changed since the shard was made; run its map job again");
        return (input, result);
    }

    /// <summary>The file of the shard that covers <paramref name="relativePath"/>.</summary>
    public string FileOf(string relativePath) => _byPath[relativePath].File;

    private static UserErrorException Error(string path, string message) => new(Diagnostic.Error(path, 0, 0, message));
}
