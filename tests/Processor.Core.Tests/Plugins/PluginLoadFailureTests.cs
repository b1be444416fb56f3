using Processor.Core.Plugins;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Plugins;

public sealed class PluginLoadFailureTests
{
    [Fact]
    public void APluginBuiltAgainstSdk1IsRefusedNamingBothVersionsAndTheMigration()
    {
        var folder = RepoPaths.TestPlugin("Sdk1Plugin");
        var catalog = PluginCatalog.Load([new PluginFolder(folder, "--plugins")]);

        Assert.Empty(catalog.Plugins);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("Sdk1Plugin", error.Name);
        Assert.Equal(folder, error.Directory);
        Assert.Contains($"built against Processor SDK 1.4.0, but this host has SDK {Processor.Abstractions.ProcessorSdk.Version.ToString(3)}", error.Message);
        Assert.Contains("docs/versioning.md", error.Message);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void APluginThatThrowsWhileLoadingGivesOneLineNamingItsFolder()
    {
        var folder = RepoPaths.TestPlugin("ThrowingPlugin");
        var catalog = PluginCatalog.Load([new PluginFolder(folder, "--plugins")]);

        Assert.Empty(catalog.Plugins);
        var error = Assert.Single(catalog.Errors);
        Assert.Equal("ThrowingPlugin", error.Name);
        Assert.Contains(folder, error.ToString());
        Assert.Contains("failed to load: InvalidOperationException: fixture: this plugin always fails to load", error.Message);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void AFolderWithoutPluginsYieldsNothing()
    {
        using var temp = new TempFolder();
        var catalog = PluginCatalog.Load([new PluginFolder(temp.Path, "plugin_paths")]);
        Assert.Empty(catalog.Plugins);
        Assert.Empty(catalog.Errors);
    }

    [Fact]
    public void TheSameIdFromTwoFoldersIsAnErrorNamingBoth()
    {
        using var temp = new TempFolder();
        foreach (var copy in new[] { "a", "b" })
        {
            var target = Path.Combine(temp.Path, copy, "FailingPlugin");
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(RepoPaths.TestPlugin("FailingPlugin")))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var catalog = PluginCatalog.Load([new PluginFolder(Path.Combine(temp.Path, "a"), "--plugins"), new PluginFolder(Path.Combine(temp.Path, "b"), "plugin_paths")]);

        Assert.Empty(catalog.Plugins);
        var error = Assert.Single(catalog.Errors);
        Assert.Contains("'fails-on-marker' is provided by more than one folder", error.Message);
        Assert.Contains(Path.Combine(temp.Path, "a", "FailingPlugin"), error.Directory);
        Assert.Contains(Path.Combine(temp.Path, "b", "FailingPlugin"), error.Directory);
    }
}
