namespace Processor.Core.Tests.Support;

/// <summary>Finds the repository root (the folder with Processor.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root => Processor.Tests.Shared.RepoRoot.Path;

    public static string TestPlugin(string name) => Path.Combine(Root, "artifacts", "test-plugins", name);
}
