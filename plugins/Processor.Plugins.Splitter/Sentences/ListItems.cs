using System.Text.RegularExpressions;

namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// Where list items start inside a paragraph: numbered ("1. First 2. Second", "1.) First") and lettered ("a) first
/// b) second", "a. here b. there") items, in sequence. Each starts a sentence, and the stop in its marker ends none.
/// A single "1." at the start of a paragraph is an item too; a lone number or letter elsewhere is not.
/// </summary>
internal static partial class ListItems
{
    /// <summary>Item starts with where their marker ends, in order.</summary>
    public static List<(int Start, int MarkerEnd)> Starts(string text)
    {
        var items = new List<(int Start, int MarkerEnd)>();
        if (text.AsSpan().IndexOfAny(".)") < 0) return items;
        var markers = new List<(int Start, int End, int Ordinal, bool Letter)>();
        foreach (Match m in MarkerPattern().Matches(text))
        {
            var label = m.Groups["label"].Value;
            var letter = !char.IsDigit(label[0]);
            var ordinal = letter ? Roman(label) ?? label[0] - 'a' + 1 : int.Parse(label, System.Globalization.CultureInfo.InvariantCulture);
            markers.Add((m.Groups["label"].Index, m.Index + m.Length, ordinal, letter));
        }
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

    private static int? Roman(string label) => label switch
    {
        "ii" => 2, "iii" => 3, "iv" => 4, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9,
        _ => null,
    };

    /// <summary>A number (1–2 digits) or a letter with "." ")" or ".)", after the start, a space or a bullet, before a space.</summary>
    [GeneratedRegex(@"(?<=^|[\s•·⁃])(?<label>\d{1,2}|[a-z]|ii|iii|iv|vi|vii|viii|ix)(?:\.\)|\)|\.)(?=\s+\S)")]
    private static partial Regex MarkerPattern();
}
