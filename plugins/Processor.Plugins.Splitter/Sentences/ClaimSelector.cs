using System.Text.RegularExpressions;

namespace Processor.Plugins.Splitter.Sentences;

/// <summary>
/// Decides whether a sentence asserts something checkable. Not a claim: a question, a heading or fragment (no stop, too
/// few words), and the sentences a page carries about itself rather than about the world: a call for comment ("MEE
/// contacted the State Department for comment"), a photo caption or credit, an author's biography at the foot of an
/// article ("She is an independent researcher and writer …"), an interview question ("Q: …").
/// </summary>
internal static partial class ClaimSelector
{
    private static readonly char[] Closers = ['"', '”', '’', '\'', ')', ' '];

    public static bool IsClaim(string sentence, int minWords)
    {
        var trimmed = sentence.AsSpan().TrimEnd(Closers);
        if (trimmed.Length == 0 || trimmed.EndsWith('?')) return false;
        if (!(trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('…'))) return false;
        if (!HasWords(sentence, minWords)) return false;
        return !AboutThePage(sentence);
    }

    private static bool HasWords(string sentence, int minWords)
    {
        var words = 0;
        var lower = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c)) { if (!inWord) words++; inWord = true; }
            else if (!(c is '\'' or '’' or '-')) inWord = false;
            if (char.IsLower(c)) lower++;
            // Enough seen: most sentences settle this within their first few words.
            if (words >= minWords && lower > 0) return true;
        }
        return false;
    }

    /// <summary>A sentence about the page or its making, not about the world.</summary>
    private static bool AboutThePage(string sentence) =>
        (sentence.Contains("comment", StringComparison.Ordinal) && CallForComment().IsMatch(sentence))
        || IsCaption(sentence)
        || Biography().IsMatch(sentence)
        || InterviewQuestion().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:contacted|approached|asked|reached out to|reached)\b.{0,100}?\bfor (?:a |any )?comment\b|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)\b.{0,60}?\b(?:comment|requests?|calls?|emails?|messages?)\b|\bcould not (?:immediately )?be reached\b|\bdeclined (?:a request )?to comment\b|\bno (?:immediate )?response\b.{0,40}\bcomment\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallForComment();

    /// <summary>
    /// A caption or credit: it opens with "Photo:", "Image by" …, or ends with a credit ("(Photo: Erika Muster)", "… Getty
    /// Images.", "(Reuters)"). The endings are checked from the end of the sentence: a pattern unanchored at its start
    /// was tried at every character of every sentence, a tenth of the splitter's time on newswire.
    /// </summary>
    private static bool IsCaption(string sentence)
    {
        if (CaptionStart().IsMatch(sentence)) return true;
        var end = sentence.AsSpan().TrimEnd();
        if (end.EndsWith('.')) end = end[..^1].TrimEnd();
        if (end.EndsWith(')'))
        {
            var open = end.LastIndexOf('(');
            if (open >= 0 && CreditWord().IsMatch(end[(open + 1)..^1])) return true;
            end = end[..^1].TrimEnd();
        }
        foreach (var credit in Credits)
            if (end.EndsWith(credit, StringComparison.OrdinalIgnoreCase) && (end.Length == credit.Length || !char.IsLetterOrDigit(end[^(credit.Length + 1)])))
                return true;
        return false;
    }

    private static readonly string[] Credits = ["Getty Images", "Shutterstock", "AFP", "AP Photo", "Reuters"];

    [GeneratedRegex(@"^\W*(?:photo|image|picture|pictured|caption|credit|illustration|video)s?\b\s*(?:[:|—–-]|by\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionStart();

    /// <summary>The inside of a closing parenthesis that credits a picture: "Photo: …", "Images courtesy …" (no other parenthesis in it).</summary>
    [GeneratedRegex(@"^(?:photo|image|picture|credit)s?\b[^)]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditWord();

    [GeneratedRegex(@"^(?:He|She|They|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:is|was|are)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}?(?:journalist|writer|author|researcher|analyst|editor|correspondent|columnist|contributor|reporter|professor|fellow|scholar|blogger|commentator|freelancer|photographer)s?\b(?:\s+(?:and|based|with|at|for|who|covering|focusing|specialising|specializing|whose|of)\b|[,.])")]
    private static partial Regex Biography();

    [GeneratedRegex(@"^(?:Q|Question)\s*[:.]\s")]
    private static partial Regex InterviewQuestion();
}
