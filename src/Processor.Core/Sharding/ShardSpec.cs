using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Processor.Core.Diagnostics;

namespace Processor.Core.Sharding;

/// <summary>
/// The K-th of N slices of a pipeline's inputs (1-based). A file's slice depends only on its relative path (XxHash3), so
/// a re-run, on any machine, puts each file in the same shard.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c> as given to <c>--shard</c>; anything else is a user error naming the option.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 && k >= 1 && k <= n)
            return new ShardSpec(k, n);
        throw new UserErrorException(Diagnostic.Error("--shard", 0, 0,
            $"'{text}' is not a shard; write K/N with 1 <= K <= N, e.g. --shard 2/8 (Slurm: $((SLURM_ARRAY_TASK_ID))/N, Kubernetes: $((JOB_COMPLETION_INDEX+1))/N)"));
    }

    /// <summary>Whether the file at <paramref name="relativePath"/> belongs to this shard.</summary>
    public bool Covers(string relativePath) => ShardOf(relativePath, Count) == Index;

    /// <summary>The 1-based shard of a relative path among <paramref name="count"/>.</summary>
    public static int ShardOf(string relativePath, int count) => (int)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(relativePath)) % (ulong)count) + 1;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>The shard file's name in the shard folder.</summary>
    public string FileName => $"shard-{Index:D4}-of-{Count:D4}{ShardFile.Extension}";
}
