using System.Collections.Concurrent;
using System.IO.Hashing;
using Processor.Abstractions;
using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Splitter.Boilerplate;

/// <summary>
/// Counts, over the whole corpus, in how many files each short line occurs. A menu item, a site name or a
/// "Subscribe" line that every page of a site repeats once is template text, even though it is not repeated
/// inside any one file. Only a hash and a count per distinct short line are kept.
/// </summary>
internal sealed class CrossSourceLines(int threshold)
{
    /// <summary>Lines longer than this are content, never template text.</summary>
    public const int MaxWords = 12;

    private readonly ConcurrentDictionary<ulong, int> _files = new();

    public bool Enabled => threshold > 0;

    public void Observe(SourceText source)
    {
        var seen = new HashSet<ulong>();
        foreach (var (start, end, words) in LineScanner.Ranges(source.Bytes.Span))
            if (words is > 0 and <= MaxWords) seen.Add(XxHash3.HashToUInt64(source.Bytes.Span[start..end]));
        foreach (var hash in seen) _files.AddOrUpdate(hash, 1, (_, n) => n + 1);
    }

    /// <summary>True when the line at <c>[start, end)</c> of <paramref name="bytes"/> recurs in enough files.</summary>
    public bool IsTemplate(ReadOnlySpan<byte> bytes, Line line) =>
        Enabled && line.WordCount is > 0 and <= MaxWords
        && _files.TryGetValue(XxHash3.HashToUInt64(bytes[line.Start..line.End]), out var files) && files >= threshold;
}
