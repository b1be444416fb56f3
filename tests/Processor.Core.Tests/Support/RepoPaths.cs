namespace Processor.Core.Tests.Support;

/// <summary>Finds the repository root (the folder with Processor.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string TestPlugin(string name) => Path.Combine(Root, "artifacts", "test-plugins", name);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Processor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Processor.sln not found above " + AppContext.BaseDirectory);
    }
}
