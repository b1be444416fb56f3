using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Speakers;

/// <summary>
/// An interview transcript's turns: paragraphs that open with a speaker's label ("Balkans Post: …", "Soraya
/// Sepahpour-Ulrich: …", "BP: …"). The first label is the interviewer's (and so is a label made of its initials): their
/// turns are questions and set-up, not statements of fact; every other turn is the labelled speaker's words. A document
/// with fewer than two labelled turns or only one label is no transcript.
/// </summary>
internal static partial class InterviewTurns
{
    /// <summary>Per sentence: the speaker of its turn, and whether that speaker is the interviewer; null outside a transcript.</summary>
    public static (string Speaker, bool Interviewer)?[] Of(IReadOnlyList<Sentence> sentences)
    {
        var result = new (string, bool)?[sentences.Count];
        var labels = new List<(int Sentence, string Label)>();
        for (var i = 0; i < sentences.Count; i++)
            if (Label().Match(sentences[i].Text) is { Success: true } m) labels.Add((i, m.Groups["label"].Value));
        if (labels.Count < 2 || labels.Select(l => l.Label).Distinct().Count() < 2) return result;
        var interviewer = labels[0].Label;
        var initials = string.Concat(interviewer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
        string? current = null;
        var next = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (next < labels.Count && labels[next].Sentence == i) current = labels[next++].Label;
            if (current is not null) result[i] = (current == initials ? interviewer : current, current == interviewer || current == initials);
        }
        return result;
    }

    /// <summary>A label: a name of up to four capitalised words, or two to four capitals, then a colon and the turn's text.</summary>
    [GeneratedRegex(@"^(?<label>[A-Z]{2,4}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}):\s+\S")]
    private static partial Regex Label();
}
