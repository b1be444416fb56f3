using System.IO.Compression;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Packaging;

/// <summary>
/// Packs the tool as built by this test run, installs it with <c>dotnet tool install --tool-path</c> from a
/// local folder, and runs it from an unrelated working directory on a copy of the seeds.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InstalledToolTests
{
    [Fact]
    public void ThePackedToolInstallsAndRunsFromAnyFolder()
    {
        using var tool = new InstalledTool();
        var nupkg = Assert.Single(Directory.GetFiles(tool.Packages, "Processor.Tool.*.nupkg"));

        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
            foreach (var plugin in new[] { "Splitter", "Tagger", "Deduplicator", "Renderer" })
                Assert.Contains($"tools/net10.0/any/plugins/Processor.Plugins.{plugin}/Processor.Plugins.{plugin}.dll", entries);
            Assert.Contains("tools/net10.0/any/plugins/Processor.Plugins.Renderer/templates/digest.html.sbn", entries);
            Assert.Contains("tools/net10.0/any/docs/configuration.md", entries);
            Assert.Contains($"tools/net10.0/any/packages/Processor.Abstractions.{Repo.SdkVersion}.nupkg", entries);
            Assert.Contains("tools/net10.0/any/plugin-template/MyPlugin/Stage.cs", entries);
            // Native SQLite only for the server and desktop platforms (NativeRuntimeIdentifiers), not for 30.
            var platforms = entries.Where(e => e.StartsWith("tools/net10.0/any/runtimes/", StringComparison.Ordinal))
                .Select(e => e.Split('/')[4]).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["linux-arm64", "linux-musl-arm64", "linux-musl-x64", "linux-x64", "osx-arm64", "osx-x64", "win-arm64", "win-x64"], platforms);
        }

        using var seeds = new SeedCopy();
        var elsewhere = Directory.CreateDirectory(Path.Combine(tool.Temp, "elsewhere")).FullName;
        var run = ToolRun.Exec(tool.Executable, elsewhere, ["run", seeds.Pipeline]);
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in new[] { "digest.html", "digest.md", "digest.json" })
            Assert.True(File.Exists(Path.Combine(seeds.Output, file)), file);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));

        var list = ToolRun.Exec(tool.Executable, elsewhere, ["plugins", "list"]);
        Assert.True(list.ExitCode == 0, list.ToString());
        foreach (var plugin in new[] { "Splitter", "Tagger", "Deduplicator", "Renderer" })
            Assert.Contains(Path.Combine("plugins", $"Processor.Plugins.{plugin}"), list.Stdout.Split('\n').Single(l => l.StartsWith(plugin.ToLowerInvariant() + " ")));
        Assert.All(list.Stdout.Split('\n').Where(l => l.Contains("built-in")), l => Assert.Contains(tool.Folder, l));
    }
}
