namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// The stretches of a paragraph between quotation marks or brackets, where the Pragmatic Segmenter never splits: a
/// quotation of several sentences is one statement. Only marks that close inside the paragraph count (a quotation
/// that runs on into the next paragraph protects nothing), and a single quote counts as one only where it cannot be
/// an apostrophe: it opens after a space or an opening mark, and closes where no letter follows.
/// </summary>
internal sealed class QuotedRegions
{
    /// <summary>Longest stretch kept whole: an unmatched mark must not swallow a long paragraph.</summary>
    private const int MaxLength = 1200;

    private readonly List<(int Start, int End)> _regions;

    private QuotedRegions(List<(int Start, int End)> regions) => _regions = regions;

    public static QuotedRegions Find(string text)
    {
        var regions = new List<(int Start, int End)>();
        if (text.AsSpan().IndexOfAny("\"“‘'`«([（「『") < 0) return new QuotedRegions(regions);
        Pair(text, '“', '”', regions);
        Pair(text, '«', '»', regions);
        Pair(text, '「', '」', regions);
        Pair(text, '『', '』', regions);
        Pair(text, '（', '）', regions);
        Brackets(text, '(', ')', regions);
        Brackets(text, '[', ']', regions);
        StraightDouble(text, regions);
        Single(text, '‘', '’', regions);
        Single(text, '\'', '\'', regions);
        // The typewriter convention of newswire and the Penn Treebank: `quoted words'.
        Single(text, '`', '\'', regions);
        regions.Sort();
        return new QuotedRegions(regions);
    }

    /// <summary>True when <paramref name="index"/> lies strictly inside a region (between its opening and closing marks).</summary>
    public bool Inside(int index)
    {
        foreach (var (start, end) in _regions)
        {
            if (start >= index) break;
            if (index < end - 1) return true;
        }
        return false;
    }

    /// <summary>True when a region's closing mark is at <paramref name="index"/>.</summary>
    public bool EndsAt(int index)
    {
        foreach (var (_, end) in _regions)
            if (end - 1 == index) return true;
        return false;
    }

    private static void Pair(string text, char open, char close, List<(int, int)> regions)
    {
        for (var i = text.IndexOf(open); i >= 0 && i < text.Length; i = text.IndexOf(open, i + 1))
        {
            var end = text.IndexOf(close, i + 1);
            if (end < 0) return;
            if (end - i <= MaxLength) regions.Add((i, end + 1));
            i = end;
        }
    }

    private static void Brackets(string text, char open, char close, List<(int, int)> regions)
    {
        var stack = new Stack<int>();
        // From mark to mark (a vectorised search), not character by character: most of a paragraph has neither.
        ReadOnlySpan<char> marks = [open, close];
        for (var i = text.AsSpan().IndexOfAny(marks); i >= 0; i = NextOf(text, marks, i))
        {
            if (text[i] == open) stack.Push(i);
            else if (stack.Count > 0)
            {
                var start = stack.Pop();
                if (stack.Count == 0 && i - start <= MaxLength) regions.Add((start, i + 1));
            }
        }
    }

    /// <summary>Straight double quotes pair in order: the first opens, the second closes.</summary>
    private static void StraightDouble(string text, List<(int, int)> regions)
    {
        var open = -1;
        for (var i = text.IndexOf('"'); i >= 0; i = i + 1 < text.Length ? text.IndexOf('"', i + 1) : -1)
        {
            if (open < 0) { open = i; continue; }
            if (i - open <= MaxLength) regions.Add((open, i + 1));
            open = -1;
        }
    }

    /// <summary>The next of <paramref name="marks"/> after <paramref name="i"/>, or -1.</summary>
    private static int NextOf(string text, ReadOnlySpan<char> marks, int i)
    {
        if (i + 1 >= text.Length) return -1;
        var next = text.AsSpan(i + 1).IndexOfAny(marks);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static void Single(string text, char open, char close, List<(int, int)> regions)
    {
        for (var i = text.IndexOf(open); i >= 0; i = i + 1 < text.Length ? text.IndexOf(open, i + 1) : -1)
        {
            if (i > 0 && !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '"' or '“' or '—' or '–')) continue;
            if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) continue;
            for (var j = text.IndexOf(close, i + 1); j >= 0 && j - i <= MaxLength; j = j + 1 < text.Length ? text.IndexOf(close, j + 1) : -1)
            {
                // An apostrophe has a letter after it ("they'll", "dragon’s"); a closing quote does not.
                if (j + 1 < text.Length && char.IsLetter(text[j + 1])) continue;
                if (char.IsWhiteSpace(text[j - 1])) continue;
                regions.Add((i, j + 1));
                i = j;
                break;
            }
        }
    }
}
