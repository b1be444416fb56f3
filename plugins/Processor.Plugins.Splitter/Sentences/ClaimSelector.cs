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
        || Caption().IsMatch(sentence)
        || Biography().IsMatch(sentence)
        || InterviewQuestion().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:contacted|approached|asked|reached out to|reached)\b.{0,100}?\bfor (?:a |any )?comment\b|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return)\b.{0,60}?\b(?:comment|requests?|calls?|emails?|messages?)\b|\bcould not (?:immediately )?be reached\b|\bdeclined (?:a request )?to comment\b|\bno (?:immediate )?response\b.{0,40}\bcomment\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallForComment();

    [GeneratedRegex(@"^\W*(?:photo|image|picture|pictured|caption|credit|illustration|video)s?\b\s*(?:[:|—–-]|by\b)|\((?:photo|image|picture|credit)s?\b[^)]*\)\s*\.?$|\b(?:Getty Images|Shutterstock|AFP|AP Photo|Reuters)\s*\)?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^(?:He|She|They|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})\s+(?:is|was|are)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}?(?:journalist|writer|author|researcher|analyst|editor|correspondent|columnist|contributor|reporter|professor|fellow|scholar|blogger|commentator|freelancer|photographer)s?\b(?:\s+(?:and|based|with|at|for|who|covering|focusing|specialising|specializing|whose|of)\b|[,.])")]
    private static partial Regex Biography();

    [GeneratedRegex(@"^(?:Q|Question)\s*[:.]\s")]
    private static partial Regex InterviewQuestion();
}
