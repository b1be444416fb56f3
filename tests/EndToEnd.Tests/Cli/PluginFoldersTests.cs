using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

public sealed class PluginFoldersTests
{
    [Fact]
    public void PluginsListShowsTheFourBuiltInsFromTheirOwnFolders()
    {
        var run = ToolRun.Start(Path.GetTempPath(), "plugins", "list");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Processor SDK {Sdk}", run.Stdout);
        foreach (var (id, folder) in new[] { ("splitter", "Splitter"), ("tagger", "Tagger"), ("deduplicator", "Deduplicator"), ("renderer", "Renderer") })
        {
            var line = run.Stdout.Split('\n').Single(l => l.StartsWith(id + " "));
            Assert.Contains("built-in", line);
            Assert.Contains(Path.Combine("plugins", $"Processor.Plugins.{folder}"), line);
        }
    }

    private static readonly string Sdk = Repo.SdkVersion;

    [Theory]
    [InlineData("Sdk1Plugin", "built against Processor SDK 1.4.0, but this host has SDK ")]
    [InlineData("ThrowingPlugin", "failed to load: InvalidOperationException")]
    public void ABrokenPluginFolderStopsTheRunWithOneLineNamingIt(string plugin, string expected)
    {
        using var copy = new SeedCopy();
        var folder = Repo.TestPlugin(plugin);
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml", "--plugins", folder);

        Assert.Equal(1, run.ExitCode);
        var line = run.Stderr.Split('\n').Single(l => l.Contains(expected));
        Assert.StartsWith($"{folder}: error: plugin '{plugin}':", line);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void AMissingPluginsFolderIsNamed()
    {
        using var copy = new SeedCopy();
        var missing = Path.Combine(copy.Path, "no-such-plugins");
        var run = ToolRun.Start(copy.Path, "validate", "pipeline.yaml", "--plugins", missing);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error: --plugins folder not found", run.Stderr);
    }
}
