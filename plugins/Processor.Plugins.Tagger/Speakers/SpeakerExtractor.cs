using System.Text.RegularExpressions;
using Processor.Abstractions;
using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tagger.Speakers;

/// <summary>
/// Who is speaking in a sentence: "“…,” Pompeo said", "according to X", "X told MEE", "Name: “…”".
/// A pronoun ("he said") refers to the last named speaker of the same document. A name inside a phrase that belongs
/// to someone else ("Gregg Carlstrom of the Economist wrote", "Daniel Benjamin, former coordinator at the State
/// Department, told") gives way to that someone; every name found is checked against the document's names
/// (<see cref="SpeakerNames"/>), so that a sentence-initial common word is never a speaker and one speaker has one name.
/// </summary>
internal sealed partial class SpeakerExtractor
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "It", "He", "She", "They", "We", "I", "But", "And", "A", "An", "In", "On", "Some", "Many",
        "Reports", "Officials", "Police", "Critics", "Experts", "Sources", "Most", "Others",
    };

    /// <summary>
    /// Words without which no pattern below can match (besides a colon); most sentences have none, so the
    /// regexes are skipped. No one-character value here: it would turn the vectorised multi-string search into
    /// a scalar one.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["said", "says", "told", "added", "claim", "stated", "noted", "argued", "wrote", "warned", "insisted", "explained", "ccording to"],
        StringComparison.Ordinal);

    /// <summary>The speaker tag for <paramref name="sentence"/>, updating <paramref name="lastSpeaker"/>.</summary>
    /// <param name="names">The document's names; without them every name a pattern finds is taken as written.</param>
    public Tag? Extract(string sentence, ref string? lastSpeaker, SpeakerNames? names = null) =>
        Extract(sentence, ref lastSpeaker, names is null ? null : new Lazy<SpeakerNames>(names));

    /// <summary>
    /// As above, with the document's names made only when a pattern finds a name to check: a document that reports no
    /// one's words never collects them.
    /// </summary>
    public Tag? Extract(string sentence, ref string? lastSpeaker, Lazy<SpeakerNames>? names)
    {
        // "NEW YORK, March 12 - Gould Inc said …": the dateline places the story; the speaker is after it.
        if (Datelines.Length(sentence) is > 0 and var dateline) sentence = sentence[dateline..];
        if (!sentence.Contains(':') && sentence.AsSpan().IndexOfAny(Cues) < 0)
        {
            // A whole-sentence quotation right after an attributed one continues the same speaker:
            // "“…,” Pompeo said. “We must continue to support the Iranian people…”"
            var wholeQuote = sentence.Length > 2 && sentence[0] is '“' or '"' && sentence.TrimEnd()[^1] is '”' or '"';
            return wholeQuote && lastSpeaker is not null
                ? new Tag(TagKinds.Speaker, lastSpeaker).With(TagKeys.Speech, "quote").With(TagKeys.Verb, "said")
                : Reset(ref lastSpeaker);
        }
        string? name = null;
        string how = "said";
        foreach (var pattern in (Regex[])[AppositiveSaid(), NameSaid(), SaidName(), AccordingTo(), NameColonQuote()])
        {
            var m = pattern.Match(sentence);
            if (!m.Success || NotNames.Contains(m.Groups["name"].Value.Split(' ')[0])) continue;
            var found = m.Groups["name"].Value;
            if (pattern == NameSaid() && InsidePhrase().IsMatch(sentence.AsSpan(0, m.Groups["name"].Index)))
            {
                // "X of the Economist wrote", "X, coordinator at the State Department, told": the speaker is X.
                var owner = PhraseOwner().Match(sentence[..m.Groups["name"].Index]);
                if (!owner.Success) continue;
                // "Chancellor of the Exchequer Nigel Lawson told": an office before a name is the name's title, not its owner.
                // "Bank of Ireland said", "Ministry of Finance said": an organisation named with "of" is the speaker, whole.
                found = NameCandidates.IsTitle(owner.Groups["name"].Value) ? found
                    : NameCandidates.IsOrganisationWord(owner.Groups["name"].Value) && sentence.AsSpan(owner.Index).StartsWith(owner.Groups["name"].Value + " of " + m.Groups["name"].Value)
                    ? owner.Groups["name"].Value + " of " + m.Groups["name"].Value
                    : owner.Groups["name"].Value;
            }
            // "Standard and Poor's Corp said", "Merck and Co Inc said": an organisation's name may join words with "and".
            if (NameCandidates.IsOrganisationWord(found.AsSpan(found.LastIndexOf(' ') + 1))
                && sentence.IndexOf(found, StringComparison.Ordinal) is var at and > 0
                && sentence.AsSpan(0, at).TrimEnd() is var before && (before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith('&'))
                && JoinedWithAnd().Match(sentence, 0, at) is { Success: true } joined)
                found = joined.Groups["head"].Value + " and " + found;
            // "the MEK’s claims": a possessive is no speaker.
            if (NameCandidates.IsPossessive(found)) continue;
            var resolved = names is null ? found : names.Value.Resolve(found);
            if (resolved is null) continue;
            name = resolved;
            how = pattern == AccordingTo() ? "according-to" : m.Groups["verb"].Success ? m.Groups["verb"].Value.ToLowerInvariant() : "said";
            break;
        }
        if (name is null && lastSpeaker is not null && PronounSaid().IsMatch(sentence))
        {
            name = lastSpeaker;
            how = "said";
        }
        if (name is null) return null;
        lastSpeaker = name;
        var quoted = QuotePattern().IsMatch(sentence);
        return new Tag(TagKinds.Speaker, name).With(TagKeys.Speech, quoted ? "quote" : "reported").With(TagKeys.Verb, how);
    }

    /// <summary>A sentence without speech ends the run of quotations that a pronoun or continuation may refer to.</summary>
    private static Tag? Reset(ref string? lastSpeaker)
    {
        lastSpeaker = null;
        return null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’-]+){0,3})";

    [GeneratedRegex(Name + @",?\s+(?<verb>said|says|told|added|claimed|claims|stated|noted|argued|wrote|warned|insisted|explained)\b")]
    private static partial Regex NameSaid();

    /// <summary>"Daniel Benjamin, former coordinator at the State Department, told …": the name opens the sentence or follows a quotation.</summary>
    [GeneratedRegex(@"(?:^|[”""],?\s*)" + Name + @",\s+[^“”""]+?,?\s+(?<verb>said|says|told|added|wrote|warned|noted)\b")]
    private static partial Regex AppositiveSaid();

    [GeneratedRegex(@"[”""],?\s+(?<verb>said|says|added|wrote)\s+" + Name)]
    private static partial Regex SaidName();

    /// <summary>"according to X," — but not "according to Norwegian media" (an adjective before a common noun is no one).</summary>
    [GeneratedRegex(@"\b[Aa]ccording to\s+" + Name + @"(?![\p{L}'’-])(?!\s+\p{Ll})")]
    private static partial Regex AccordingTo();

    /// <summary>
    /// A name that follows a preposition ("of the", "at the", "polled by", "with a U.S.") is part of someone else's
    /// description: "one senior dealer with a U.S. Bank said" is the dealer speaking, not the bank. (A capitalised word is
    /// let in only after an article: "reporters in Washington Treasury Secretary James Baker said" is Baker speaking.)
    /// </summary>
    [GeneratedRegex(@"\b(?:of|at|for|from|with|in|by)\s+(?:(?:the|a|an)\s+(?:\p{Lu}[\p{L}.]*\s+)?)?$", RegexOptions.RightToLeft)]
    private static partial Regex InsidePhrase();

    /// <summary>The last name before such a phrase, followed by "of/at/from/with" or by a comma opening its description.</summary>
    [GeneratedRegex(Name + @"(?:\s+(?:of|at|from|with)\s+(?:the\s+)?|,\s+[^“”""]*)$", RegexOptions.RightToLeft)]
    private static partial Regex PhraseOwner();

    /// <summary>Capitalised words then "and" right before an organisation's name: "Standard and", "Merck and" (tried only where the text before the name ends with "and" or "&amp;").</summary>
    [GeneratedRegex(@"(?<head>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:and|&)\s+$")]
    private static partial Regex JoinedWithAnd();

    [GeneratedRegex(@"^" + Name + @":\s*[“""]")]
    private static partial Regex NameColonQuote();

    [GeneratedRegex(@"[”""],?\s+(?:he|she)\s+(?:said|says|added|told)\b|\b(?:he|she)\s+(?:said|says|added)\.?[”""]?$")]
    private static partial Regex PronounSaid();

    [GeneratedRegex(@"[“”""]")]
    private static partial Regex QuotePattern();
}
