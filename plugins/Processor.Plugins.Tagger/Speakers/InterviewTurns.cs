using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Speakers;

/// <summary>
/// An interview transcript's turns: paragraphs that open with a speaker's label ("Balkans Post: …", "Soraya
/// Sepahpour-Ulrich: …", "BP: …"). The first label, when it recurs, is the interviewer's (and so is a label made of its initials): their
/// turns are questions and set-up, not statements of fact; every other turn is the labelled speaker's words. With one
/// label only (used twice, or opening the document), the document is that speaker's account and has no interviewer. A single word before a colon labels a
/// turn only when it does so more than once ("Testimony:" once is a heading), and a short line without a sentence's
/// closing mark is a headline, whatever its colon ("Camp Testimonies: How a town was won over").
/// </summary>
internal static partial class InterviewTurns
{
    /// <summary>Per sentence: the speaker of its turn, and whether that speaker is the interviewer; null outside a transcript.</summary>
    public static (string Speaker, bool Interviewer)?[] Of(IReadOnlyList<Sentence> sentences)
    {
        var result = new (string, bool)?[sentences.Count];
        var labels = new List<(int Sentence, string Label)>();
        for (var i = 0; i < sentences.Count; i++)
            if (Label().Match(sentences[i].Text) is { Success: true } m && !IsHeading(sentences[i].Text)) labels.Add((i, m.Groups["label"].Value));
        // A single capitalised word before a colon is a heading ("Testimony:", "Producer:") unless it labels several turns.
        // Capitals ("BP:") label turns as the initials of another label ("Balkans Post:"), or when they recur beside
        // other labels: a lone "NOTE:" of a wire story is a note, not an interviewer.
        // "NOTE:", "Source:", "Photo:": labels of a note, not of a speaker's turn.
        labels.RemoveAll(l => NotSpeakers.Contains(l.Label));
        var uses = labels.CountBy(l => l.Label).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var initialsOfNames = labels.Where(l => l.Label.Contains(' ')).Select(l => Initials(l.Label)).ToHashSet(StringComparer.Ordinal);
        labels.RemoveAll(l => !l.Label.Contains(' ') && (IsInitials(l.Label)
            ? !initialsOfNames.Contains(l.Label) && (uses[l.Label] < 2 || uses.Count == 1)
            : uses[l.Label] < 2));
        if (labels.Count == 0) return result;
        var single = labels.Select(l => l.Label).Distinct().Count() == 1;
        // One speaker's labelled account ("Hassan Hayrani: My name is Hassan …") has no interviewer; a label used once in
        // the middle of an article introduces a quotation, not the rest of the article.
        if (single && labels.Count == 1 && labels[0].Sentence > 2) return result;
        // An interviewer asks more than once (by name or initials): labels that each open one turn are a series of
        // accounts ("Erik Lindqvist: …", later "Anna Berg: …"), with no interviewer among them.
        var first = labels[0].Label;
        var asksAgain = labels.Count(l => l.Label == first || l.Label == Initials(first)) >= 2;
        var interviewer = single || !asksAgain ? "" : first;
        var initials = interviewer.Length == 0 ? "" : Initials(interviewer);
        string? current = null;
        var next = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (next < labels.Count && labels[next].Sentence == i) current = labels[next++].Label;
            if (current is not null) result[i] = (current == initials ? interviewer : current, interviewer.Length > 0 && (current == interviewer || current == initials));
        }
        return result;
    }

    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Note", "Notes", "Source", "Sources", "Photo", "Photos", "Credit", "Caption", "Update", "Correction", "Editor's note",
        "Disclaimer", "Related", "See also", "Read more", "Tags", "Topics", "Filed under",
    };

    /// <summary>
    /// A headline with a colon ("Camp Testimonies: How a town was won over"): a short line that ends without a sentence's
    /// closing mark. A speaker's turn is sentences; taking the headline's first words for an interviewer made every line
    /// of the article below it a question.
    /// </summary>
    private static bool IsHeading(string text)
    {
        var line = text.AsSpan().TrimEnd().TrimEnd("\"'”’»");
        return line.Length > 0 && line[^1] is not ('.' or '?' or '!' or '…' or ':' or ';' or ',') && line.Count(' ') < 12;
    }

    private static string Initials(string name) => string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));

    private static bool IsInitials(string label) => label.Length is >= 2 and <= 4 && label.All(char.IsAsciiLetterUpper);

    /// <summary>A label: a name of up to four capitalised words, or two to four capitals, then a colon and the turn's text.</summary>
    [GeneratedRegex(@"^(?<label>[A-Z]{2,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}):\s+\S")]
    private static partial Regex Label();
}
