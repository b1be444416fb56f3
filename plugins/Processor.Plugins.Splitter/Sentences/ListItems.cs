namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// Where list items start inside a paragraph: numbered ("1. First 2. Second", "1.) First") and lettered ("a) first
/// b) second", "a. here b. there") items, in sequence. Each starts a sentence, and the stop in its marker ends none.
/// A single "1." at the start of a paragraph is an item too; a lone number or letter elsewhere is not.
/// </summary>
internal static class ListItems
{
    /// <summary>Item starts with where their marker ends, in order.</summary>
    public static List<(int Start, int MarkerEnd)> Starts(string text)
    {
        var items = new List<(int Start, int MarkerEnd)>();
        var markers = Markers(text);
        for (var k = 0; k < markers.Count; k++)
        {
            var m = markers[k];
            var inSequence = k > 0 && markers[k - 1].Letter == m.Letter && markers[k - 1].Ordinal + 1 == m.Ordinal
                             || k + 1 < markers.Count && markers[k + 1].Letter == m.Letter && markers[k + 1].Ordinal == m.Ordinal + 1;
            var before = text.AsSpan(0, m.Start).TrimEnd();
            var bullet = before.Length > 0 && before[^1] is '•' or '·' or '⁃' or '-' or '–' ? before.Length - 1 : -1;
            var atStart = before.IsEmpty || bullet >= 0 && text.AsSpan(0, bullet).Trim().IsEmpty;
            // A numbered item begins with a capital ("1. Organise …"); "for 1. above" refers to one.
            var after = m.End;
            while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
            if (!m.Letter && after < text.Length && char.IsLower(text[after])) continue;
            if (inSequence || atStart) items.Add((bullet >= 0 ? bullet : m.Start, m.End));
        }
        return items;
    }

    /// <summary>
    /// Every marker: a number (one or two digits), a letter or a small roman numeral, then ".", ")" or ".)", standing
    /// after the start, a space or a bullet, before a space and more text. Found from the stops, not by a pattern tried
    /// at every letter.
    /// </summary>
    private static List<(int Start, int End, int Ordinal, bool Letter)> Markers(string text)
    {
        var markers = new List<(int Start, int End, int Ordinal, bool Letter)>();
        var span = text.AsSpan();
        for (var at = span.IndexOfAny('.', ')'); at >= 0;)
        {
            var end = at + 1;
            if (text[at] == '.' && end < text.Length && text[end] == ')') end++;
            var labelStart = at;
            while (labelStart > 0 && at - labelStart < 4 && char.IsAsciiLetterOrDigit(text[labelStart - 1])) labelStart--;
            var label = span[labelStart..at];
            var standsAlone = labelStart == 0 || char.IsWhiteSpace(text[labelStart - 1]) || text[labelStart - 1] is '•' or '·' or '⁃';
            var followed = end + 1 < text.Length && char.IsWhiteSpace(text[end]) && !char.IsWhiteSpace(text[end + 1]);
            if (standsAlone && followed && Ordinal(label) is { } ordinal)
                markers.Add((labelStart, end, ordinal.Value, ordinal.Letter));
            var next = span[end..].IndexOfAny('.', ')');
            at = next < 0 ? -1 : end + next;
        }
        return markers;
    }

    private static (int Value, bool Letter)? Ordinal(ReadOnlySpan<char> label)
    {
        if (label.Length is 1 or 2 && char.IsAsciiDigit(label[0]) && (label.Length == 1 || char.IsAsciiDigit(label[1])))
            return (int.Parse(label, System.Globalization.CultureInfo.InvariantCulture), false);
        if (label.Length == 1 && char.IsAsciiLetterLower(label[0])) return (label[0] - 'a' + 1, true);
        return Roman(label.ToString()) is { } roman ? (roman, true) : null;
    }

    private static int? Roman(string label) => label switch
    {
        "ii" => 2, "iii" => 3, "iv" => 4, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9,
        _ => null,
    };

}
