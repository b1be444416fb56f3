using System.Security.Cryptography;

namespace EndToEnd.Tests.Support;

/// <summary>
/// A user's folder as issue reports found it: a project with its pipeline, a corpus folder, the user's own notes, and
/// a precious folder beside it. <see cref="Snapshot"/> records every file's bytes so a test can prove none was touched.
/// </summary>
internal sealed class UserProject : IDisposable
{
    public UserProject()
    {
        Directory.CreateDirectory(Project);
        Directory.CreateDirectory(Path.Combine(Project, "corpus"));
        foreach (var seed in Directory.EnumerateFiles(Repo.Seeds, "*.txt").Take(2))
            File.Copy(seed, Path.Combine(Project, "corpus", Path.GetFileName(seed)));
        File.WriteAllText(Path.Combine(Project, "mynotes.md"), "# my notes\nNothing here may be lost.\n");
        Directory.CreateDirectory(Precious);
        File.WriteAllText(Path.Combine(Precious, "thesis.txt"), "Chapter 1. Years of work.\n");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "processor-e2e", Guid.NewGuid().ToString("N"));

    public string Project => Path.Combine(Root, "proj");

    public string Precious => Path.Combine(Root, "precious");

    public string Pipeline => Path.Combine(Project, "pipeline.yaml");

    /// <summary>
    /// Writes a pipeline that splits <paramref name="inputs"/> (a YAML flow list's items) and renders JSON to
    /// <paramref name="output"/>, with optional extra top-level lines.
    /// </summary>
    public void WritePipeline(string output, string extra = "", string inputs = "\"corpus/*.txt\"") => File.WriteAllText(Pipeline, $"""
        version: 1
        inputs: [{inputs}]
        pipeline:
          - use: splitter
          - use: renderer
            with: {"{"} formats: [json] {"}"}
        {extra}
        output: {output}
        """);

    /// <summary>Every file under <see cref="Root"/> (but Processor's own state and lock files) with the SHA-256 of its bytes.</summary>
    public SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.processor") && !f.EndsWith(".lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    public ToolRun Run(params string[] args) => ToolRun.Start(Project, ["run", "pipeline.yaml", .. args]);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
