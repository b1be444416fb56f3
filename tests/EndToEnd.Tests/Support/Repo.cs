using System.Reflection;

namespace EndToEnd.Tests.Support;

/// <summary>Paths of the repository and of the built tool.</summary>
public static class Repo
{
    public static string Root => Processor.Tests.Shared.RepoRoot.Path;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The tool as built by this test run: processor.dll with plugins/ beside it.</summary>
    public static string ToolDll => Path.Combine(Root, "src", "Processor.Cli", "bin", Configuration, "net10.0", "processor.dll");

    /// <summary>The SDK version the build declares (<c>ProcessorSdkVersion</c> in Directory.Build.props), e.g. "1.3.0".</summary>
    public static string SdkVersion { get; } =
        System.Xml.Linq.XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("ProcessorSdkVersion").Single().Value;

    public static string TestPlugin(string name) => Path.Combine(Root, "artifacts", "test-plugins", name);
}
