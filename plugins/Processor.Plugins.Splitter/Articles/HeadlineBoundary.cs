using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Splitter.Articles;

/// <summary>
/// A headline inside a run of articles glued together with nothing but blank lines (what scrapers and newswire dumps
/// produce): a heading that stands alone between blank lines, followed by body text, that either is set in capitals
/// as wire headlines are, or whose words and the paragraphs after it share little with the article before it. A
/// sub-heading of the same article talks about the same things, so it stays inside.
/// </summary>
internal static class HeadlineBoundary
{
    /// <summary>Paragraphs of vocabulary compared on each side of the heading.</summary>
    private const int Window = 3;

    /// <summary>Largest share of the new side's words the previous article may already use for a title-case heading to open an article.</summary>
    private const double MaxOverlap = 0.12;

    /// <summary>Why the heading at <paramref name="at"/> opens a new article, or null.</summary>
    public static string? Opens(List<ClassifiedLine> lines, int at, int articleStart, int bodyParagraphs)
    {
        var text = lines[at].Line.Text.Trim();
        if (!StandsAlone(lines, at) || NextContent(lines, at) is not { } next || lines[next].Kind != LineKind.Text) return null;
        if (IsCapitals(text)) return "a headline in capitals";
        if (bodyParagraphs < 3 || lines[at].Line.WordCount < 3) return null;
        var before = Words(Paragraphs(lines, at, -1, articleStart));
        var after = Words([text, .. Paragraphs(lines, at, +1, lines.Count)]);
        if (before.Count < 20 || after.Count < 10) return null;
        var shared = after.Count(before.Contains);
        var overlap = (double)shared / after.Count;
        return overlap <= MaxOverlap ? $"its paragraphs share {overlap:P0} of their words with the article before" : null;
    }

    /// <summary>All letters capitals, at least two words or a long one ("NYFE TO MOVE TO N.Y. COTTON EXCHANGE").</summary>
    public static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
        }
        return letters >= 8 && (text.Contains(' ') || letters >= 12);
    }

    private static bool StandsAlone(List<ClassifiedLine> lines, int at) =>
        (at == 0 || lines[at - 1].Kind == LineKind.Blank) && (at + 1 >= lines.Count || lines[at + 1].Kind == LineKind.Blank);

    private static int? NextContent(List<ClassifiedLine> lines, int at)
    {
        for (var j = at + 1; j < lines.Count; j++)
            if (lines[j].Kind is not (LineKind.Blank or LineKind.Boilerplate)) return j;
        return null;
    }

    private static List<string> Paragraphs(List<ClassifiedLine> lines, int at, int step, int limit)
    {
        var found = new List<string>();
        for (var j = at + step; found.Count < Window && (step < 0 ? j >= limit : j < limit); j += step)
            if (lines[j].Kind == LineKind.Text) found.Add(lines[j].Line.Text);
        return found;
    }

    /// <summary>Content words (four letters or more), lower-cased.</summary>
    private static HashSet<string> Words(IEnumerable<string> paragraphs)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        foreach (var token in paragraph.Split([' ', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\'', '’', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
            if (token.Length >= 4 && token.All(char.IsLetter)) words.Add(token.ToLowerInvariant());
        return words;
    }
}
