using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Plugins;

/// <summary>
/// The ten-minute path of docs/writing-a-plugin.md, run for real: install the dotnet new template, create
/// a plugin and its tests, build and test them against the locally packed SDK and test kit, add the plugin to
/// a copy of the seed pipeline through plugin_paths, run the tool and find the plugin's tags.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PluginTemplateTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("processor-template").FullName;

    [Fact]
    public void APluginMadeFromTheTemplateRunsInThePipeline()
    {
        var version = $"{Repo.SdkVersion}-e2e.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var packages = Path.Combine(_temp, "packages");
        foreach (var project in new[] { "Processor.Abstractions", "Processor.Testing" })
            Ok(ToolRun.Exec("dotnet", Repo.Root, ["pack", Path.Combine("src", project), "--no-build", "--no-restore", "-c", Repo.Configuration,
                "-o", packages, $"-p:PackageVersion={version}"]));

        var hive = Path.Combine(_temp, "hive");
        Ok(ToolRun.Exec("dotnet", _temp, ["new", "install", Path.Combine(Repo.Root, "templates", "dotnet-new", "processor-plugin"), "--debug:custom-hive", hive]));
        var root = Path.Combine(_temp, "Acme.Shout");
        Ok(ToolRun.Exec("dotnet", _temp, ["new", "processor-plugin", "-n", "Acme.Shout", "-o", root, "--pluginid", "shout", "--sdk", version,
            "--packages", packages, "--debug:custom-hive", hive]));

        // The generated tests pass (they use the test kit, no host).
        Ok(ToolRun.Exec("dotnet", root, ["test", Path.Combine(root, "Acme.Shout.Tests")], TimeSpan.FromMinutes(8)));

        using var seeds = new SeedCopy();
        var plugins = Path.Combine(root, "Acme.Shout", "bin", "Debug", "plugins");
        var pipeline = File.ReadAllText(seeds.Pipeline)
            .Replace("pipeline:\n", $"plugin_paths: [\"{plugins}\"]\npipeline:\n")
            .Replace("  - use: deduplicator", "  - use: shout\n    with: { keywords: [Albania] }\n  - use: deduplicator");
        File.WriteAllText(seeds.Pipeline, pipeline);
        var run = ToolRun.Start(seeds.Path, "run", "pipeline.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());

        using var json = Digest.Load(seeds.Output);
        var tagged = json.RootElement.GetProperty("claims").EnumerateArray()
            .Count(c => c.GetProperty("tags").EnumerateArray().Any(t => t.GetProperty("kind").GetString() == "shout.keyword"));
        Assert.True(tagged > 5, $"{tagged} claims carry the plugin's tag");
    }

    private static void Ok(ToolRun run) => Assert.True(run.ExitCode == 0, run.ToString());

    public void Dispose()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }
}
