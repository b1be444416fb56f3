using Processor.Core.Output;
using Processor.Core.Tests.Support;

namespace Processor.Core.Tests.Output;

public sealed class AtomicOutputTests
{
    [Fact]
    public void AnUncommittedRunLeavesThePreviousDigestAndNoStagingFolder()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        temp.Write("out/digest.md", "previous");
        using (var committer = new OutputCommitter(target))
            File.WriteAllText(Path.Combine(committer.StagingDirectory, "digest.md"), "half");

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "digest.md")));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void ACommittedRunReplacesTheWholeFolder()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        temp.Write("out/stale.txt", "old");
        using (var committer = new OutputCommitter(target))
        {
            File.WriteAllText(Path.Combine(committer.StagingDirectory, "digest.md"), "new");
            committer.Commit();
        }
        Assert.Equal(["digest.md"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void StagingFoldersLeftByAKilledRunAreRemovedOnceOld()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out");
        var abandoned = Directory.CreateDirectory(Path.Combine(temp.Path, ".out.tmp-0123")).FullName;
        var recent = Directory.CreateDirectory(Path.Combine(temp.Path, ".out.tmp-4567")).FullName;
        Directory.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - OutputCommitter.AbandonedAfter - TimeSpan.FromMinutes(1));

        using (var committer = new OutputCommitter(target)) committer.Commit();

        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(recent));   // it may belong to a run still writing
    }
}
