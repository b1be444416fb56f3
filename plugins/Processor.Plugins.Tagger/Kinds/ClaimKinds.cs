using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Kinds;

/// <summary>
/// What kind of statement a sentence is (tag <c>kind</c>), so that a digest can tell a reported fact from someone's
/// words, a question, a first-person account or an opinion:
/// <list type="bullet">
/// <item><c>question</c>: it ends with a question mark (before closing quotes or brackets), or quotes a question;</item>
/// <item><c>testimony</c>: someone speaks in the first person singular, outside quotation marks ("I was with the MEK
/// for 30 years"): the writer, or the interviewee of a transcript's turn;</item>
/// <item><c>quote</c>: it has a speaker (quoted or reported: "X said …", "according to X", a transcript's turn);</item>
/// <item><c>opinion</c>: it judges or prescribes: "should", "must", "ought to", "I think", evaluative words
/// ("shameful", "ridiculous", "nothing but");</item>
/// <item><c>fact</c>: anything else.</item>
/// </list>
/// The order is the priority: a quoted question is a question, a quoted judgement a quote; a first-person account in
/// an answer is testimony.
/// </summary>
internal static class ClaimKinds
{
    public const string Fact = "fact";
    public const string Opinion = "opinion";
    public const string Quote = "quote";
    public const string Question = "question";
    public const string Testimony = "testimony";

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "I", "I’m", "I'm", "I’ve", "I've", "I’d", "I'd", "I’ll", "I'll", "my", "My", "me" };

    private static readonly HashSet<string> Prescriptive = new(StringComparer.OrdinalIgnoreCase)
    {
        "should", "shouldn’t", "shouldn't", "must", "ought",
    };

    private static readonly HashSet<string> Evaluative = new(StringComparer.OrdinalIgnoreCase)
    {
        "shameful", "disgraceful", "ridiculous", "absurd", "outrageous", "hypocritical", "hypocrisy", "despicable",
        "deplorable", "laughable", "pathetic", "scandalous", "unacceptable", "appalling", "excellent", "admirable",
        "brilliant", "terrible", "awful", "obviously", "clearly", "undoubtedly", "arguably",
        "spurious", "notorious", "infamous", "nefarious", "so-called", "sham", "façade", "facade",
    };

    /// <param name="hasSpeaker">Whether the sentence has a speaker (a reported statement or a transcript's turn).</param>
    /// <param name="inAnswer">Whether it is part of an interviewee's turn, where the speaker talks without quotation marks.</param>
    public static string Of(string sentence, bool hasSpeaker, bool inAnswer = false)
    {
        var trimmed = sentence.AsSpan().TrimEnd().TrimEnd("”\"’')]» ");
        // "“Why did nobody warn us?” asked one resident.": a quoted question is a question too.
        if (trimmed.EndsWith("?") || sentence.Contains("?”", StringComparison.Ordinal) || sentence.Contains("?\"", StringComparison.Ordinal)) return Question;
        var firstPerson = UnquotedFirstPerson(sentence);
        if (firstPerson && (inAnswer || !hasSpeaker)) return Testimony;
        if (hasSpeaker) return Quote;
        // Words as spans into the sentence, looked up without a string each: every sentence of the corpus comes here.
        foreach (var range in sentence.AsSpan().Split(' '))
        {
            var word = sentence.AsSpan(range).Trim(WordPunctuation);
            // Only words as long as a judging word are looked up (case-insensitive hashing of every word cost the most here).
            if (word.Length >= ShortestJudging && word.Length <= LongestJudging && JudgingWords.Contains(word)) return Opinion;
        }
        if (sentence.Contains("nothing but", StringComparison.OrdinalIgnoreCase) || sentence.Contains("I think", StringComparison.Ordinal)
            || sentence.Contains("we believe", StringComparison.OrdinalIgnoreCase) || sentence.Contains("it is time", StringComparison.OrdinalIgnoreCase))
            return Opinion;
        return Fact;
    }

    public static Tag Tag(string kind) => Tags[kind];

    /// <summary>One shared tag per kind: every sentence gets one.</summary>
    private static readonly Dictionary<string, Tag> Tags = new[] { Fact, Opinion, Quote, Question, Testimony }.ToDictionary(k => k, k => new Tag(TagKinds.ClaimKind, k));

    private static readonly char[] WordPunctuation = [',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"', '‘', '’', '\''];

    /// <summary>The prescriptive and evaluative words in one set: one look-up a word.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JudgingWords =
        new HashSet<string>(Prescriptive.Concat(Evaluative), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int ShortestJudging = Prescriptive.Concat(Evaluative).Min(w => w.Length);

    private static readonly int LongestJudging = Prescriptive.Concat(Evaluative).Max(w => w.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonWords = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"I"/"my"/"me" outside quotation marks: the narrator is the source.</summary>
    private static bool UnquotedFirstPerson(string sentence)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var c = i < sentence.Length ? sentence[i] : ' ';
            if (c is '“') depth++;
            else if (c is '”' && depth > 0) depth--;
            if (c is ' ' or ',' or ';' or ':' or '.' or '“' or '”' or '(' or ')' || i == sentence.Length)
            {
                // The first-person words are one to four characters and start with I, m or M.
                if (i > start && i - start <= 4 && depth == 0 && sentence[start] is 'I' or 'm' or 'M' && FirstPersonWords.Contains(sentence.AsSpan(start, i - start))) return true;
                start = i + 1;
            }
        }
        return false;
    }
}
