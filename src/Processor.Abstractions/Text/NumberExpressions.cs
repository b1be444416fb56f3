using System.Globalization;

namespace Processor.Abstractions;

/// <summary>
/// The numbers a text states, as values: "12,000", "2.5 billion", "$40k", "3.5bn", "1980-1988" (two numbers), "37%"
/// and the number words "two" to "ninety" and "dozen". One place for every plugin that compares what texts count:
/// two statements whose numbers differ do not say the same thing. "one" is not read as a number ("one of the"), nor
/// are vague amounts ("thousands of"). Ordinals written in digits ("3rd") are numbers; spelled ones are not.
/// </summary>
public static class NumberExpressions
{
    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly (string Word, double Factor)[] Scales =
    [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ];

    /// <summary>Every number of <paramref name="text"/> with where it is written (the scale word included).</summary>
    public static IEnumerable<(double Value, int Index, int Length)> FindAll(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var (value, length) = Digits(text, i);
                yield return (value, i, length);
                i += length;
                continue;
            }
            if (char.IsLetter(c))
            {
                var end = i;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                // A word, whole: "often" holds "ten", but is no number.
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && end - i is >= 3 and <= 9
                    && Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(i, end - i), out var word))
                {
                    var (factor, scaleEnd) = Scale(text, end);
                    yield return (word * factor, i, scaleEnd - i);
                    i = scaleEnd;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
    }

    /// <summary>The values of <paramref name="text"/>'s numbers, each once, in ascending order.</summary>
    public static double[] Values(string text)
    {
        List<double>? values = null;
        if (!MayHoldNumbers(text)) return [];
        foreach (var (value, _, _) in FindAll(text))
        {
            var rounded = Normalise(value);
            if (values is null) values = [rounded];
            else if (!values.Contains(rounded)) values.Add(rounded);
        }
        if (values is null) return [];
        values.Sort();
        return [.. values];
    }

    /// <summary>Whether two texts state the same numbers (both none counts as the same).</summary>
    public static bool SameNumbers(string a, string b) => Values(a).AsSpan().SequenceEqual(Values(b));

    /// <summary>Six significant digits: "2.5 billion" and "2,500 million" are one value, float noise is not two.</summary>
    public static double Normalise(double value) =>
        value == 0 ? 0 : Math.Round(value, Math.Clamp(5 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15));

    /// <summary>A digit, or a letter that can start a number word: most sentences have neither in most places, so this is quick.</summary>
    private static bool MayHoldNumbers(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return true;
        foreach (var key in Words.Keys)
            if (text.Contains(key, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"12,000", "2.5", "40k", "3.5bn", "2 million" from <paramref name="start"/>.</summary>
    private static (double Value, int Length) Digits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        // Thousands separators: a comma followed by exactly three digits, repeatedly ("12,000,000"; not "1,5").
        while (i < text.Length && text[i] == ',' && ThreeDigits(text, i + 1)) i += 4;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        var written = text.AsSpan(start, i - start);
        Span<char> plain = stackalloc char[Math.Min(written.Length, 64)];
        var n = 0;
        foreach (var ch in written)
            if (ch != ',' && n < plain.Length) plain[n++] = ch;
        var value = double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
        // Attached scales: "40k", "3.5bn", "5m" (followed by no other letter).
        var suffix = i;
        while (suffix < text.Length && char.IsAsciiLetter(text[suffix])) suffix++;
        var attached = text.AsSpan(i, suffix - i);
        var attachedFactor = attached.Equals("k", StringComparison.OrdinalIgnoreCase) ? 1e3
            : attached.Equals("m", StringComparison.Ordinal) || attached.Equals("mn", StringComparison.OrdinalIgnoreCase) ? 1e6
            : attached.Equals("bn", StringComparison.OrdinalIgnoreCase) || attached.Equals("b", StringComparison.Ordinal) ? 1e9
            : 1;
        if (attachedFactor > 1) return (value * attachedFactor, suffix - start);
        var (factor, end) = Scale(text, i);
        return (value * factor, end - start);
    }

    private static bool ThreeDigits(string text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    /// <summary>A scale word after one space ("2.5 billion"), with where it ends; else 1 and <paramref name="at"/>.</summary>
    private static (double Factor, int End) Scale(string text, int at)
    {
        if (at >= text.Length || text[at] != ' ') return (1, at);
        foreach (var (word, factor) in Scales)
            if (text.AsSpan(at + 1).StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (at + 1 + word.Length == text.Length || !char.IsLetter(text[at + 1 + word.Length])))
                return (factor, at + 1 + word.Length);
        return (1, at);
    }
}
