using System.Text.RegularExpressions;
using Processor.Abstractions;

namespace Processor.Plugins.Splitter.Boilerplate;

/// <summary>
/// The one home of byline shapes: which lines are bylines ("By Jane Doe", "Jane Doe, Reuters", "Reporter: Jane Doe",
/// a bare "example.com", "translated by …") and what each says. The splitter marks such a line with a
/// <see cref="TagKinds.Byline"/> tag carrying what it read (<see cref="TagKeys.Names"/>, <see cref="TagKeys.Outlet"/>,
/// <see cref="TagKeys.Domain"/>, <see cref="TagKeys.TranslatedBy"/>); the tagger turns those into authors and publishers
/// without matching the line again.
/// </summary>
internal static partial class BylineReader
{
    /// <summary>Whether a line (not a salutation: "Dear Sir,") is a byline or credit line.</summary>
    public static bool IsByline(string text) =>
        BareDomainPattern().IsMatch(text) || ByPattern().IsMatch(text) || IsAgencyLine(text) || CreditLinePattern().IsMatch(text)
        // Every line is asked: the unanchored "translated by" ending is looked for only where those words are.
        || text.Contains("ranslated by", StringComparison.Ordinal) && TranslatedByLinePattern().IsMatch(text);

    /// <summary>
    /// "Linda Pressly, BBC News": names, then an outlet. A line in capitals is a newswire headline ("H.K. BANKS TO RAISE
    /// PRIME RATES SOON, DEALERS SAY"), not names and an outlet.
    /// </summary>
    private static bool IsAgencyLine(string text) =>
        text.Length <= 160 && text.Contains(',') && AgencyPattern().IsMatch(text) && text.Any(char.IsLower);

    /// <summary>Whether a line is a closing signature ("Jane Doe,").</summary>
    public static bool IsSignOff(string text) => text.EndsWith(',') && text.Length <= 200 && SignOffPattern().IsMatch(text);

    /// <summary>A byline or sign-off line's mark, with what the line says as attributes.</summary>
    public static Tag Mark(string kind, string text, SourceSpan span)
    {
        var tag = new Tag(kind, text) { Span = span };
        text = text.Trim();
        var agency = IsAgencyLine(text) ? AgencyPattern().Match(text) : Match.Empty;
        var names = ByPattern().Match(text) is { Success: true } by ? by.Groups["names"].Value
            : AuthorCreditPattern().Match(text) is { Success: true } credit ? credit.Groups["names"].Value
            : agency.Success ? agency.Groups["names"].Value
            : kind == TagKinds.SignOff ? text.TrimEnd(',').Trim()
            : null;
        if (names is { Length: > 0 }) tag = tag.With(TagKeys.Names, names.Trim());
        if (agency.Success) tag = tag.With(TagKeys.Outlet, agency.Groups["outlet"].Value.Trim());
        if (DomainPattern().Match(text) is { Success: true } domain) tag = tag.With(TagKeys.Domain, domain.Value.TrimStart('/').ToLowerInvariant());
        if (TranslatedByPattern().Match(text) is { Success: true } via) tag = tag.With(TagKeys.TranslatedBy, via.Groups["who"].Value.Trim());
        return tag;
    }

    private const string Name = @"\p{Lu}[\p{L}'’.-]+";
    private const string TopLevelDomains = "com|org|net|info|al|ir|uk|io|eu|de|fr";

    [GeneratedRegex($@"^/?(?:[a-z0-9-]+\.)+(?:{TopLevelDomains})/?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDomainPattern();

    [GeneratedRegex($@"/?\b(?:[a-z0-9-]+\.)+(?:{TopLevelDomains})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    /// <summary>"By Jane Doe", and the same in German, French, Spanish, Dutch ("Von …", "Par …", "Por …", "Door …").</summary>
    [GeneratedRegex($@"^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+(?<names>{Name}(?:\s+(?:and\s+|und\s+|et\s+|y\s+|en\s+)?{Name}){{0,5}})\s*(?:[,–—-].*)?$")]
    private static partial Regex ByPattern();

    [GeneratedRegex($@"^(?<names>{Name}(?:\s+(?:and\s+)?{Name}){{1,6}}),\s+(?<outlet>BBC News|Reuters|AP|AFP|[\p{{Lu}}][\p{{L}}]*(?:\s+\p{{Lu}}[\p{{L}}]*){{0,3}})\s*,?$")]
    private static partial Regex AgencyPattern();

    /// <summary>Credit lines of every role (all are bylines, not content).</summary>
    [GeneratedRegex(@"^(?:Presenter|Producer|Editor|Reporter|Author|Written by|Translated by|Source|Photo|Credit)s?\s*:?\s+\p{Lu}")]
    private static partial Regex CreditLinePattern();

    /// <summary>A line ending in its translator's credit ("…, translated by Erika Muster").</summary>
    [GeneratedRegex(@"[,]?\s*[Tt]ranslated by\s+\p{Lu}[\p{L} ]+$")]
    private static partial Regex TranslatedByLinePattern();

    /// <summary>Credit lines whose names are the article's authors.</summary>
    [GeneratedRegex($@"^(?:Presenter|Reporter|Author|Written by)s?\s*:?\s+(?<names>{Name}(?:\s+{Name}){{0,3}})")]
    private static partial Regex AuthorCreditPattern();

    [GeneratedRegex(@"[Tt]ranslated by\s+(?<who>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})")]
    private static partial Regex TranslatedByPattern();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4},$")]
    private static partial Regex SignOffPattern();

    /// <summary>
    /// The label that opens a byline written out in a page ("Posted by", "Written by:", "Autor:", "Auteur :", "责任编辑："),
    /// its name following in the same run of text or the next. A bare "By"/"Von"/"Par" counts only when it is the whole
    /// run or a capitalised word follows, since all three also open ordinary sentences.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:posted|written|published|geschrieben|verfasst|veröffentlicht|publié|écrit)\s+(?:by|von|par)\b\s*:?|(?:autor(?:in|/in|\*in)?|author|auteur|autore|verfasser(?:in)?|autoría)\s*:?(?=\s|$)|(?:责任编辑|编辑|作者|记者|撰文)\s*[:：]|(?:by|von|par)\s*:?(?=(?-i:\s+\p{Lu})|$))", RegexOptions.IgnoreCase)]
    public static partial Regex WrittenOutLabel();

    /// <summary>
    /// A signature in brackets closing an article's last paragraph ("… bleibt spannend. (Erika Muster) +++", "(FR mit dpa)"):
    /// after a sentence's end (a quotation's source follows its last word: "… that created it (A. Einstein)"), names or an
    /// agency, no digits, nothing after it but closing marks.
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?""“”»«'’…]\s*)\((?<names>\p{L}[\p{L}'’.\- /]{1,60})\)[\s+*]*$")]
    public static partial Regex BracketedSignOff();

    /// <summary>
    /// The label before a byline's names, to strip from a name the markup gave ("By ", "Von ", "Autor/in: ",
    /// "Written by ", "Redaktion: "): unlike <see cref="WrittenOutLabel"/>, it takes any word after it, the names being known.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:written|posted|published|text|texte|story|report(?:ed)?|veröffentlicht|geschrieben|verfasst|ein\s+beitrag)\s+)?(?:by|von|par|por|di|da|door|av|af|de|przez|autor(?:in|/in|\*in)?|author|auteur|autore|verfasser(?:in)?|redakteur|redaktion)\s*:?\s+", RegexOptions.IgnoreCase)]
    public static partial Regex LabelPrefix();
}
