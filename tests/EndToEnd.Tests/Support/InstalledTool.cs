namespace EndToEnd.Tests.Support;

/// <summary>
/// The tool as a user gets it: packed from this test run's build into a local folder and installed with
/// <c>dotnet tool install --tool-path</c>, with a private package cache so a cached older package of the same version is
/// never installed. Deleted afterwards.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public InstalledTool()
    {
        var pack = ToolRun.Exec("dotnet", Repo.Root,
            ["pack", Path.Combine("src", "Processor.Cli"), "--no-build", "--no-restore", "-c", Repo.Configuration, "-o", Packages]);
        if (pack.ExitCode != 0) throw new InvalidOperationException(pack.ToString());
        var install = ToolRun.Exec("dotnet", Temp, ["tool", "install", "--tool-path", Folder, "--add-source", Packages, "Processor.Tool"],
            environment: new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Temp, "nuget-cache") });
        if (install.ExitCode != 0) throw new InvalidOperationException(install.ToString());
    }

    public string Temp { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "processor-pack", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Where the packed tool is (the single Processor.Tool package).</summary>
    public string Packages => Path.Combine(Temp, "packages");

    /// <summary>The tool path: <c>processor</c> is in it.</summary>
    public string Folder => Path.Combine(Temp, "tools");

    public string Executable => Path.Combine(Folder, "processor");

    public void Dispose()
    {
        try { Directory.Delete(Temp, recursive: true); } catch (IOException) { }
    }
}
