using System.Text.Json;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Facts;

/// <summary>The real tool run once on TestData/flood: four outlets reporting one flood, shared by the tests of the collection.</summary>
public sealed class FloodDigest : IDisposable
{
    private readonly CorpusCopy _copy = new("flood");

    public FloodDigest()
    {
        Run = ToolRun.Start(_copy.Path, "run", "pipeline.yaml");
        if (Run.ExitCode == 0) Json = Digest.Load(_copy.Output);
    }

    public ToolRun Run { get; }

    public JsonDocument? Json { get; }

    public string Output => _copy.Output;

    public JsonElement Root => Json?.RootElement ?? throw new InvalidOperationException(Run.ToString());

    public IEnumerable<JsonElement> Claims => Root.GetProperty("claims").EnumerateArray();

    /// <summary>The claim whose text contains <paramref name="part"/>.</summary>
    public JsonElement Claim(string part) => Claims.Single(c => c.GetProperty("text").GetString()!.Contains(part, StringComparison.Ordinal));

    /// <summary>The file names a claim's attributions come from.</summary>
    public List<string> FilesOf(JsonElement claim)
    {
        var paths = Root.GetProperty("sources").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => Path.GetFileName(s.GetProperty("path").GetString()!));
        return [.. claim.GetProperty("attributions").EnumerateArray().Select(a => paths[a.GetProperty("source").GetString()!]).Distinct().Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        Json?.Dispose();
        _copy.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class FloodDigestCollection : ICollectionFixture<FloodDigest>
{
    public const string Name = "flood digest";
}
