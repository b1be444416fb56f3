using Processor.Core.Configuration;
using Processor.Core.Diagnostics;
using Processor.Core.Output;
using Processor.Core.State;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Output;

/// <summary>
/// A digest goes into place in one step, only over a folder Processor wrote, and whatever a killed run left (a
/// staging folder, a swapped-out digest, a publication the state recorded as pending) is finished or removed by the
/// next run.
/// </summary>
public sealed class DigestPublicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    private static PipelineConfig Config(TempFolder temp, string output = "out") =>
        new() { FilePath = Path.Combine(temp.Path, "pipeline.yaml"), Output = output };

    private static DigestPublisher Open(TempFolder temp) => DigestPublisher.Open(Config(temp), new PlainRunLog(TextWriter.Null), Now);

    private static string Stage(DigestPublisher publisher, string target, string content, long? run)
    {
        var staging = publisher.CreateStaging(target);
        File.WriteAllText(Path.Combine(staging, "digest.md"), content);
        publisher.Seal(staging, run, Now);
        return staging;
    }

    [Fact]
    public void APublishedDigestReplacesTheWholePreviousOneAndLeavesNothingBeside()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        using (var publisher = Open(temp))
            publisher.Publish(Stage(publisher, target, "first", 1), target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "old");

        using (var publisher = Open(temp))
            publisher.Publish(Stage(publisher, target, "second", 2), target);

        Assert.Equal("second", File.ReadAllText(Path.Combine(target, "digest.md")));
        Assert.False(File.Exists(Path.Combine(target, "stale.txt")));
        Assert.Equal(2, DigestFolder.MarkedRun(target));
        Assert.Equal(["out"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void AFolderTheUserMadeIsNeverReplaced()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        temp.Write("out/thesis.txt", "mine");
        using var publisher = Open(temp);
        var staging = Stage(publisher, target, "digest", 1);

        Assert.Throws<UserErrorException>(() => publisher.Publish(staging, target));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "thesis.txt")));
    }

    [Fact]
    public void ASecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt()
    {
        using var temp = new TempFolder();
        using var first = Open(temp);
        Assert.Throws<OutputLockedException>(() => Open(temp));
    }

    [Fact]
    public void WhatAKilledRunLeftBesideTheDigestIsRemovedByTheNextRun()
    {
        using var temp = new TempFolder();
        var staging = Directory.CreateDirectory(Path.Combine(temp.Path, $".out.tmp-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(staging, "digest.md"), "half");
        var swapped = Directory.CreateDirectory(Path.Combine(temp.Path, $".out.tmp-{Guid.NewGuid():N}.swap")).FullName;
        var someoneElses = Directory.CreateDirectory(Path.Combine(temp.Path, ".other.tmp-" + new string('a', 32))).FullName;

        using (var publisher = Open(temp))
            publisher.Recover(null);

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(swapped));
        Assert.True(Directory.Exists(someoneElses));   // beside a plain output only its own leftovers go
    }

    [Fact]
    public void APublicationTheStateRecordedAsPendingIsFinishedByTheNextStart()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        var statePath = Path.Combine(temp.Path, "state.db");
        string staging;
        using (var state = StateStore.Open(statePath))
        using (var publisher = Open(temp))
        {
            var run = state.StartRun(Now);
            staging = Stage(publisher, target, "committed but never switched", run);
            state.Commit(new RunRecord
            {
                RunId = run, Ended = Now, Sources = [], ChangedSources = new Dictionary<string, CachedSource>(), Fingerprint = "f",
                SeenTexts = [], Documents = 0, Claims = 0, NewClaims = 0, Publication = new PendingPublication(run, staging, target),
            });
            // killed here: the state knows the run, the digest is not in place
        }

        using (var state = StateStore.Open(statePath))
        using (var publisher = Open(temp))
        {
            publisher.Recover(state);
            Assert.Empty(state.PendingPublications());
        }
        Assert.Equal("committed but never switched", File.ReadAllText(Path.Combine(target, "digest.md")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void AtomicRenameSwapsTwoFoldersInOneStep()
    {
        using var temp = new TempFolder();
        temp.Write("a/which.txt", "a");
        temp.Write("b/which.txt", "b");

        var swapped = AtomicRename.Replace(Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"));

        Assert.True(swapped);
        Assert.Equal("a", File.ReadAllText(Path.Combine(temp.Path, "b", "which.txt")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(temp.Path, "a", "which.txt")));
        if (OperatingSystem.IsLinux()) Assert.True(AtomicRename.TryExchange(Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b")));
    }
}
