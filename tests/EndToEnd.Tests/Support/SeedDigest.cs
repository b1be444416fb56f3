using System.Text.Json;

namespace EndToEnd.Tests.Support;

/// <summary>Runs the real tool on the seed corpus once and shares the digest among the seed tests.</summary>
public sealed class SeedDigest : IDisposable
{
    private readonly SeedCopy _copy = new();

    public SeedDigest()
    {
        Run = ToolRun.Start(_copy.Path, "run", "pipeline.yaml");
        if (Run.ExitCode == 0)
            Json = Digest.Load(_copy.Output);
    }

    public ToolRun Run { get; }

    public JsonDocument? Json { get; }

    public string Folder => _copy.Path;

    public string Output => _copy.Output;

    public JsonElement Root => Json?.RootElement ?? throw new InvalidOperationException(Run.ToString());

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> ("002"), as its source id.</summary>
    public string SourceId(string prefix) =>
        Root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("path").GetString()!.StartsWith(prefix)).GetProperty("id").GetString()!;

    public IEnumerable<JsonElement> DocumentsOf(string prefix)
    {
        var id = SourceId(prefix);
        return Root.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("source").GetString() == id);
    }

    public void Dispose()
    {
        Json?.Dispose();
        _copy.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeedDigestCollection : ICollectionFixture<SeedDigest>
{
    public const string Name = "seed digest";
}
