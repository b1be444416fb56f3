using System.Text.RegularExpressions;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Plugins;

/// <summary>
/// docs/writing-a-plugin.md's ten-minute path, run as written with the installed tool on the PATH and no clone in sight:
/// <c>processor plugins new</c>, <c>dotnet test</c> of the generated tests (SDK and test kit from the project's own
/// packages folder), <c>processor init</c>, the page's pipeline file with its <c>plugin_paths</c>, <c>processor run</c>;
/// the digest has the plugin's section under the title it gave. The page's code blocks are the generated files.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class TheDocumentedPluginPathWorksTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "writing-a-plugin.md"));

    /// <summary>The fenced blocks of the ten-minute path, in order: commands, the pipeline file, commands.</summary>
    private static List<(string Language, string Text)> TenMinutePath()
    {
        var start = Page.IndexOf("## The ten-minute path", StringComparison.Ordinal);
        var end = Page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. Fence().Matches(Page[start..end]).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    private static ToolRun Shell(string command, string folder, InstalledTool tool) =>
        ToolRun.Exec("bash", folder, ["-c", command], TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["PATH"] = tool.Folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

    private static IEnumerable<string> Commands(string block) =>
        block.Split('\n').Select(l => l.Split(" #")[0].Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    [Fact]
    public void TheTenMinutePathRunsAsWrittenFromTheInstalledTool()
    {
        using var tool = new InstalledTool();
        var work = Directory.CreateDirectory(Path.Combine(tool.Temp, "work")).FullName;
        var blocks = TenMinutePath();
        Assert.Equal(["sh", "yaml", "sh"], blocks.Select(b => b.Language));
        ForgetCachedSdkPackages();

        foreach (var command in Commands(blocks[0].Text))
        {
            var result = Shell(command, work, tool);
            Assert.True(result.ExitCode == 0, $"{command}\n{result}");
        }
        Assert.DoesNotContain(Repo.Root, File.ReadAllText(Path.Combine(work, "Acme.Shout", "nuget.config")));
        File.WriteAllText(Path.Combine(work, "digest", "pipeline.yaml"), blocks[1].Text);
        foreach (var seed in Directory.GetFiles(Repo.Seeds, "*.txt")) File.Copy(seed, Path.Combine(work, "digest", "docs", Path.GetFileName(seed)));
        foreach (var command in Commands(blocks[2].Text))
        {
            var result = Shell(command, work, tool);
            Assert.True(result.ExitCode == 0, $"{command}\n{result}");
        }

        var markdown = File.ReadAllText(Path.Combine(work, "digest", "out", "digest.md"));
        Assert.Contains("\n## Albania\n", markdown);
        using var json = Digest.Load(Path.Combine(work, "digest", "out"));
        var tags = json.RootElement.GetProperty("claims").EnumerateArray().SelectMany(c => c.GetProperty("tags").EnumerateArray())
            .Where(t => t.GetProperty("kind").GetString() == "shout.keyword").ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Equal("Albania", t.GetProperty("section").GetString()));

        // The page shows the files the command wrote, as they are.
        foreach (Match block in LabelledFile().Matches(Page))
            Assert.Equal(File.ReadAllText(Path.Combine(work, "Acme.Shout", "Acme.Shout", block.Groups[1].Value)).TrimEnd('\n'), block.Groups[2].Value.TrimEnd('\n'));
        Assert.True(LabelledFile().Matches(Page).Count >= 4);
    }

    /// <summary>
    /// The SDK packages carry the SDK's version, rebuilt by every test run: a copy an earlier build left in the machine's
    /// package cache would be used instead of this build's.
    /// </summary>
    private static void ForgetCachedSdkPackages()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var package in new[] { "processor.abstractions", "processor.testing" })
        {
            var folder = Path.Combine(cache, package, Repo.SdkVersion);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"```(\w+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"`Acme\.Shout/([\w./]+)`:\n```\w+\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex LabelledFile();
}
