using System.Text.RegularExpressions;
using Processor.Plugins.Splitter.Lines;

namespace Processor.Plugins.Splitter.Boilerplate;

/// <summary>
/// Gives every line a <see cref="LineKind"/> by its shape and by repetition in the file: a short line
/// that recurs several times is template text (menus, category labels), not content.
/// </summary>
internal sealed partial class LineClassifier(SplitterOptions options, CrossSourceLines crossSource)
{
    // Ordinal, case-insensitive look-ups: lower-casing every short line (culture-aware) was a fifth of the splitter's time.
    /// <summary>Headings of a list of references: the lines after them are no claims of the article.</summary>
    private static readonly HashSet<string> ReferenceHeadings = new(["sources:", "references:", "source:"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ExactBoilerplate = new(StringComparer.OrdinalIgnoreCase)
    {
        "back to top", "newer posts", "older posts", "recent posts", "leave a comment", "leave a reply",
        "you may also like", "related posts", "related articles", "share this", "share this:", "share", "tweet",
        "skip to content", "print", "email", "comments", "no comments", "menu", "search", "blank", "advertisement",
        "sign up", "subscribe", "follow us", "read also", "load more",
    };

    private static readonly HashSet<string> ReadMore = new(StringComparer.OrdinalIgnoreCase)
    {
        "read more", "read more »", "read more…", "continue reading",
    };

    /// <summary>First words of letter openings and closings, which look like "Name," sign-offs but are not.</summary>
    private static readonly HashSet<string> Salutations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dear", "Mr", "Mrs", "Ms", "Your", "Sir", "Madam", "Hello", "Hi", "Best", "Kind", "Regards", "Sincerely", "Yours", "Thanks", "Cheers",
    };

    /// <summary>Short-line counts, reused by every file on a thread (cleared, not reallocated).</summary>
    [ThreadStatic] private static Dictionary<string, int>? _counts;

    /// <summary>No boilerplate, byline or heading shape has more words than this.</summary>
    private const int MaxShapeWords = 24;

    public List<ClassifiedLine> Classify(List<Line> lines, ReadOnlySpan<byte> bytes)
    {
        var counts = _counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts.Clear();
        foreach (var line in lines)
            if (!line.IsBlank && line.WordCount <= 12) counts[line.Text] = counts.GetValueOrDefault(line.Text) + 1;

        var result = new List<ClassifiedLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank) { result.Add(new(line, LineKind.Blank)); continue; }
            var (kind, reason) = ClassifyOne(line);
            if (kind is LineKind.Heading or LineKind.Text && counts.GetValueOrDefault(line.Text) >= options.RepeatedLineThreshold)
                (kind, reason) = (LineKind.Boilerplate, "repeated-line");
            else if (kind is LineKind.Heading or LineKind.Text && crossSource.IsTemplate(bytes, line))
                (kind, reason) = (LineKind.Boilerplate, "repeated-across-sources");
            result.Add(new(line, kind, reason));
        }
        MarkListingFooter(result);
        counts.Clear();   // let the line strings go
        return result;
    }

    /// <summary>
    /// In a blog listing (a post date after every post), what follows the last post is the page's footer
    /// ("Recent Posts" lists and the like) unless it has real body text.
    /// </summary>
    private static void MarkListingFooter(List<ClassifiedLine> lines)
    {
        var lastPost = lines.FindLastIndex(l => l.Kind == LineKind.PostMeta);
        if (lastPost < 0 || lines.Count(l => l.Kind == LineKind.PostMeta) < 2) return;
        var tail = Enumerable.Range(lastPost + 1, lines.Count - lastPost - 1).ToList();
        if (tail.Count(i => lines[i].Kind == LineKind.Text && lines[i].Line.WordCount >= 8) >= 3) return;
        foreach (var i in tail.Where(i => lines[i].Kind is not (LineKind.Blank or LineKind.Boilerplate)))
            lines[i] = lines[i] with { Kind = LineKind.Boilerplate, Reason = "listing-footer" };
    }

    private readonly HashSet<string> _extraBoilerplate = options.BoilerplatePhrases.Select(p => p.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SalutationLookup = Salutations.GetAlternateLookup<ReadOnlySpan<char>>();

    private (LineKind Kind, string? Reason) ClassifyOne(Line line)
    {
        var text = line.Text;
        // Fast path: a long line ending a sentence is body text; none of the shapes below is that long.
        if (line.WordCount > MaxShapeWords && IsSentenceEnd(text[^1]) && text[0] is not ('•' or '·' or '©' or '[')
            && !text.Contains("rights reserved", StringComparison.OrdinalIgnoreCase))
            return (LineKind.Text, null);
        if (ExactBoilerplate.Contains(text) || _extraBoilerplate.Contains(text)) return (LineKind.Boilerplate, "navigation");
        if (ReadMore.Contains(text)) return (LineKind.ReadMore, "read-more");
        if (PostMetaPattern().IsMatch(text)) return (LineKind.PostMeta, null);
        if (DateOnlyPattern().IsMatch(text)) return (LineKind.Boilerplate, "date-line");
        if (text.Length <= 4 && text.AsSpan().Trim().IndexOfAnyExceptInRange('0', '9') < 0) return (LineKind.Boilerplate, "page-number");
        if (CommentCountPattern().IsMatch(text)) return (LineKind.Boilerplate, "comment-count");
        if (SharePattern().IsMatch(text)) return (LineKind.Boilerplate, "share-line");
        if (text.StartsWith('©') || text.StartsWith("copyright ", StringComparison.OrdinalIgnoreCase)
            || text.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase)) return (LineKind.Boilerplate, "footer");
        // Bulleted short lines are menus and "recent posts" lists; a bulleted sentence is content.
        // (A numbered item after the bullet, "• 9. Stop smoking", is a list of content.)
        if (text.StartsWith('•') || text.StartsWith('·'))
            return line.WordCount <= 17 && !IsSentenceEnd(text[^1]) && !NumberedItemPattern().IsMatch(text) ? (LineKind.Boilerplate, "navigation") : (LineKind.Text, null);
        if (text.Contains(" » ") || text.StartsWith("Home >", StringComparison.Ordinal)) return (LineKind.Boilerplate, "breadcrumb");
        if (TweetEmbedPattern().IsMatch(text) || text.Contains("pic.twitter.com", StringComparison.OrdinalIgnoreCase)) return (LineKind.Boilerplate, "tweet-embed");
                var firstWord = text.AsSpan();
        if (firstWord.IndexOf(' ') is var space and >= 0) firstWord = firstWord[..space];
        var salutation = SalutationLookup.Contains(firstWord.TrimEnd(','));
        if (!salutation && BylineReader.IsByline(text)) return (LineKind.Byline, null);
        if (!salutation && BylineReader.IsSignOff(text)) return (LineKind.SignOff, null);
        if (ReferencePattern().IsMatch(text) || ReferenceHeadings.Contains(text)) return (LineKind.Reference, null);
        if (IsHeading(text, line.WordCount)) return (LineKind.Heading, null);
        return (LineKind.Text, null);
    }

    /// <summary>"… COMPUTERS IN U.S.": the final point belongs to an abbreviation with points inside it, not to a sentence.</summary>
    private static bool EndsWithDottedAbbreviation(string text)
    {
        var word = text.AsSpan(text.LastIndexOf(' ') + 1);
        return word.Length >= 3 && word[..^1].Contains('.');
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '"' or '”';

    /// <summary>
    /// A headline, sub-heading or label: short, no sentence punctuation at the end (a question may be a
    /// headline), starting with a capital, a digit or a quote; or a short lower-case label ("weekly digest").
    /// </summary>
    private bool IsHeading(string text, int words)
    {
        text = text.TrimEnd();
        if (words > options.MaxHeadingWords) return false;
        // A wire headline in capitals is one whatever it opens with or abbreviates ("<TRAMMEL CROW> TO BUY WISCONSIN
        // <FWB> BUILDING", "(CORRECTED) - BANPONCE <BDEP> PLACES NOTES", "U.S. HOUSING DEPT. BACKS PRIVATIZING FNMA").
        if (Articles.HeadlineBoundary.IsCapitals(text) && (text[^1] is not ('.' or ',' or ';' or ':') || EndsWithDottedAbbreviation(text))) return true;
        // Two sentences are no heading ("I have 600. How many do you have?").
        if (Sentences.SentenceSegmenter.Split(text).Count > 1) return false;
        var last = text[^1];
        if (last is '.' or ',' or ';' or ':' or '!' or '…') return false;
        if (last is '"' or '”' or '’' && text.Length > 1 && text[^2] is '.' or ',' or '!' or '?') return false;
        if (last == '?' && words > 12) return false;
        if (char.IsLower(text[0])) return words <= 3;
        return char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '“' or '"' or '‘' or '\'';
    }

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s+\d+\s+comments?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostMetaPattern();

    [GeneratedRegex(@"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w{3,9}\s+\d{4}|\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^\d+\s+comments?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentCountPattern();

    [GeneratedRegex(@"^(?:(?:Facebook|Twitter|Pinterest|Whatsapp|WhatsApp|Telegram|Skype|Email|E-mail|LinkedIn|Reddit|Tumblr|VKontakte|Print|Share|Tweet|X)\s*){2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex SharePattern();

    [GeneratedRegex(@"^—\s.*\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$")]
    private static partial Regex TweetEmbedPattern();






    [GeneratedRegex(@"^\[\d+\]\s")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^[•·]\s*\d{1,2}[.)]\s")]
    private static partial Regex NumberedItemPattern();
}
