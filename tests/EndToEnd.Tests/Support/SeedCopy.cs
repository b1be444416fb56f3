namespace EndToEnd.Tests.Support;

/// <summary>A temporary copy of seeds/ (so tests never write into the repository), deleted afterwards.</summary>
public sealed class SeedCopy : IDisposable
{
    public SeedCopy()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.EnumerateFiles(Repo.Seeds).Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}.")))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "processor-e2e", Guid.NewGuid().ToString("N"));

    public string Pipeline => System.IO.Path.Combine(Path, "pipeline.yaml");

    public string Output => System.IO.Path.Combine(Path, "out");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
