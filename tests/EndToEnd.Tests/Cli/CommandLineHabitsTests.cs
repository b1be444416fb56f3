using System.Text.RegularExpressions;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Cli;

/// <summary>
/// The habits a .NET user brings: help that shows optional arguments as optional, examples, exit codes and where the
/// docs are; a bare <c>processor</c> that helps; <c>--output</c>, <c>--verbose</c>, <c>NO_COLOR</c> / <c>--no-color</c>;
/// argument mistakes reported before anything about a run; the shipped docs one command away.
/// </summary>
public sealed partial class CommandLineHabitsTests
{
    [Fact]
    public void BareProcessorPrintsHelpWithExamplesExitCodesAndTheDocsAndExitsZero()
    {
        var run = ToolRun.Start(Path.GetTempPath());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Examples:", run.Stdout);
        Assert.Contains("Exit codes:", run.Stdout);
        Assert.Contains("processor docs", run.Stdout);
        Assert.Matches(@"\n  run \[<pipeline>\] +Run a pipeline", run.Stdout);
        Assert.Matches(@"\n  validate \[<pipeline>\] +Check", run.Stdout);
        // Every exit code of the README's table, and no other, is listed.
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        var table = readme[readme.IndexOf("### Exit codes", StringComparison.Ordinal)..];
        var documented = ExitCodeRow().Matches(table[..table.IndexOf("\n\n", table.IndexOf("| code", StringComparison.Ordinal), StringComparison.Ordinal)])
            .Select(m => m.Groups[1].Value).ToList();
        var listed = HelpExitCode().Matches(run.Stdout[run.Stdout.IndexOf("Exit codes:", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("130", documented);
        Assert.Equal(documented, listed);
    }

    [Fact]
    public void SubcommandHelpShowsThePipelineAsOptional()
    {
        var run = ToolRun.Start(Path.GetTempPath(), "run", "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("processor run [<pipeline>] [options]", run.Stdout);
        Assert.Contains("--output", run.Stdout);
        Assert.Contains("--verbose", run.Stdout);
        Assert.Contains("--no-color", run.Stdout);
    }

    [Fact]
    public void AMistypedSinceStopsTheCommandBeforeAnyRunOutput()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "--since", "yesterday", "--log-format", "plain");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--since: error: 'yesterday' is neither a date", run.Stderr);
        Assert.DoesNotContain("input file(s)", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(copy.Path, ".processor")));
    }

    [Fact]
    public void OutputOverridesThePipelinesOutputFolder()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "-o", "elsewhere/digest");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(copy.Path, "elsewhere", "digest", "digest.html")));
        Assert.False(Directory.Exists(copy.Output));
        Assert.Contains(Path.Combine(copy.Path, "elsewhere", "digest"), run.Stdout);
    }

    [Fact]
    public void VerboseShowsEachPluginsFolderAndEachFilesOutcome()
    {
        using var copy = new SeedCopy();
        var quiet = ToolRun.Start(copy.Path, "run", "--log-format", "plain");
        var verbose = ToolRun.Start(copy.Path, "run", "--verbose", "--log-format", "plain");

        Assert.True(quiet.ExitCode == 0 && verbose.ExitCode == 0, $"{quiet}\n{verbose}");
        Assert.DoesNotContain("plugin 'splitter'", quiet.Stderr);
        Assert.Contains("plugin 'splitter'", verbose.Stderr);
        Assert.Matches(@"001_[0-9a-f]+\.txt: unchanged, \d+ document\(s\) from the state", verbose.Stderr);
    }

    [SkippableFact]
    public void NoColorAndTheNoColorVariableTurnColoursOffOnATerminal()
    {
        // `script` gives the tool a terminal, where it colours its messages.
        Skip.IfNot(File.Exists("/usr/bin/script"), "needs util-linux's script for a pseudo-terminal");
        string OnATerminal(string arguments, Dictionary<string, string>? environment = null) =>
            ToolRun.Exec("script", Path.GetTempPath(), ["-qec", $"dotnet {Repo.ToolDll} validate no-such-pipeline.yaml {arguments}", "/dev/null"],
                environment: environment).Stdout;

        Assert.Matches(Colour(), OnATerminal(""));
        Assert.DoesNotMatch(Colour(), OnATerminal("--no-color"));
        Assert.DoesNotMatch(Colour(), OnATerminal("", new() { ["NO_COLOR"] = "1" }));
        Assert.Contains("no-such-pipeline.yaml: error: pipeline file not found", OnATerminal("--no-color"));
    }

    [Fact]
    public void DocsListsAndPrintsTheShippedPages()
    {
        var list = ToolRun.Start(Path.GetTempPath(), "docs");
        var page = ToolRun.Start(Path.GetTempPath(), "docs", "configuration");
        var typo = ToolRun.Start(Path.GetTempPath(), "docs", "configuraton");

        Assert.True(list.ExitCode == 0 && page.ExitCode == 0, $"{list}\n{page}");
        Assert.Contains("  writing-a-plugin", list.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "docs", "configuration.md")), page.Stdout);
        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("did you mean 'configuration'?", typo.Stderr);
    }

    [Fact]
    public void TheDigestHeaderCountsTheMergesTheLogCounts()
    {
        using var copy = new SeedCopy();
        var run = ToolRun.Start(copy.Path, "run", "--log-format", "plain");
        Assert.True(run.ExitCode == 0, run.ToString());

        var logged = MergedInLog().Match(run.Stderr);
        var header = MergedInHeader().Match(File.ReadAllText(Path.Combine(copy.Output, "digest.md")));
        Assert.True(logged.Success && header.Success, run.Stderr);
        Assert.Equal(logged.Groups[1].Value, header.Groups[1].Value);
    }

    [GeneratedRegex(@"\n\| (\d+) \|")]
    private static partial Regex ExitCodeRow();

    [GeneratedRegex(@"\n  (\d+) +\S")]
    private static partial Regex HelpExitCode();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Colour();

    [GeneratedRegex(@"merged (\d+) duplicate claim occurrence\(s\)")]
    private static partial Regex MergedInLog();

    [GeneratedRegex(@"· (\d+) duplicate claims merged")]
    private static partial Regex MergedInHeader();
}
