namespace Processor.Tests.Shared;

/// <summary>The repository root (the folder with Processor.sln), found from a test's output folder. Linked into every test project.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Processor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Processor.sln not found above " + AppContext.BaseDirectory);
    }
}
