namespace Processor.Plugins.Splitter.Lines;

/// <summary>
/// One line of a source: <see cref="Start"/>/<see cref="End"/> are the byte range of its trimmed content
/// (no indentation, no trailing spaces or CR/LF), <see cref="Number"/> is 1-based, <see cref="Text"/> the decoded content.
/// </summary>
internal readonly record struct Line(int Number, int Start, int End, string Text, int WordCount)
{
    public bool IsBlank => Start == End;

    /// <summary>Words separated by spaces or tabs, counted once when the line is scanned.</summary>
    public static int CountWords(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return 0;
        // Common case, vectorised: a trimmed line with single spaces between words and no tabs.
        if (content[0] != ' ' && content[^1] != ' ' && content.IndexOf("  "u8) < 0 && !content.Contains((byte)'\t'))
            return content.Count((byte)' ') + 1;
        var words = 0;
        var inWord = false;
        foreach (var b in content)
        {
            var space = b is (byte)' ' or (byte)'\t';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
