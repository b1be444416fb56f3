using EndToEnd.Tests.Support;

namespace EndToEnd.Tests.Plugins;

/// <summary>
/// A plugin that throws on one document, emits a bad span or hangs: each gives the documented outcome,
/// one clear message, and never a partial digest.
/// </summary>
public sealed class FailureIsolationTests
{
    private static SeedCopy CorpusWithMarkedFile()
    {
        var copy = new SeedCopy();
        File.WriteAllText(Path.Combine(copy.Path, "marked.txt"), "A marked headline\n\nThis article carries the FAIL-ME marker inside a sentence of its body.\n");
        return copy;
    }

    [Fact]
    public void WithOnErrorSkipTheFailingDocumentIsReportedOnceAndTheRestIsDigested()
    {
        using var copy = CorpusWithMarkedFile();
        FixturePipeline.Write(copy, ["FailingPlugin"], "  - use: fails-on-marker\n    on_error: skip");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.Stderr.Split('\n'), l => l.Contains("fixture failure"));
        Assert.StartsWith("marked.txt(1): warning: skipped: plugin 'fails-on-marker' failed: InvalidOperationException", warning);
        using var json = Digest.Load(copy.Output);
        var skipped = Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal("marked.txt", skipped.GetProperty("path").GetString());
        Assert.Equal(31, json.RootElement.GetProperty("documents").GetArrayLength());   // every seed article (1 + 10 + 10 + 9 + 1)
    }

    [Fact]
    public void WithOnErrorFailTheRunStopsWithExitCodeThreeAndWritesNothing()
    {
        using var copy = CorpusWithMarkedFile();
        FixturePipeline.Write(copy, ["FailingPlugin"], "  - use: fails-on-marker\n    on_error: fail");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("marked.txt(1): error: plugin 'fails-on-marker' failed: InvalidOperationException: fixture failure on a marked document", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void AnInvalidSpanIsRejectedByTheHost()
    {
        using var copy = new SeedCopy();
        FixturePipeline.Write(copy, ["BadSpanPlugin"], "  - use: bad-span\n    on_error: fail");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.Equal(3, run.ExitCode);
        Assert.Matches(@"error: plugin 'bad-span' emitted an invalid span: sentence \S+ text does not match the source bytes", run.Stderr);
        Assert.False(Directory.Exists(copy.Output));
    }

    [Fact]
    public void AHangingStageIsStoppedByItsTimeoutAndThePreviousDigestStays()
    {
        using var copy = new SeedCopy();
        Directory.CreateDirectory(copy.Output);
        File.WriteAllText(Path.Combine(copy.Output, "digest.json"), "previous digest");
        FixturePipeline.Write(copy, ["HangingPlugin"], "  - use: hangs\n    timeout: \"00:00:02\"");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("plugin 'hangs' did not finish within its timeout of 00:00:02", run.Stderr);
        Assert.Equal("previous digest", File.ReadAllText(Path.Combine(copy.Output, "digest.json")));
        Assert.Equal([".processor", "out"], Directory.GetDirectories(copy.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void TwoPluginsUsingDifferentMajorsOfOneLibraryRunInOnePipeline()
    {
        using var copy = new SeedCopy();
        FixturePipeline.Write(copy, ["Json12Plugin", "Json13Plugin"], "  - use: json12\n  - use: json13");
        var run = ToolRun.Start(copy.Path, "run", "pipeline.yaml");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = Digest.Load(copy.Output);
        var tags = json.RootElement.GetProperty("documents")[0].GetProperty("tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("value").GetString());
        Assert.Equal("{\"major\":\"12\"}", tags["json12.newtonsoft"]);
        Assert.Equal("{\"major\":\"13\"}", tags["json13.newtonsoft"]);
    }

    [Fact]
    public async Task CtrlCStopsTheRunWithExitCode130AndWritesNothing()
    {
        InheritedSignals.RequireSigIntDelivered();
        using var copy = new SeedCopy();
        FixturePipeline.Write(copy, ["HangingPlugin"], "  - use: hangs");
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = copy.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Repo.ToolDll, "run", "pipeline.yaml" }) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString()])) kill.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not stop after SIGINT");

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("cancelled; nothing was written", await stderr);
        Assert.False(Directory.Exists(copy.Output));
        Assert.Equal([".processor"], Directory.GetDirectories(copy.Path).Select(Path.GetFileName));
    }
}
