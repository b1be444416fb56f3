namespace EndToEnd.Tests.Support;

/// <summary>A temporary copy of a test corpus folder from TestData, deleted afterwards.</summary>
public sealed class CorpusCopy : IDisposable
{
    public CorpusCopy(string testDataFolder)
    {
        var from = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", testDataFolder);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "processor-e2e", Guid.NewGuid().ToString("N"));

    public string Output => System.IO.Path.Combine(Path, "out");

    public string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Output, file));

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
