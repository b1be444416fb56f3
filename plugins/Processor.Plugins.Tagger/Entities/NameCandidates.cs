using Processor.Abstractions;

namespace Processor.Plugins.Tagger.Entities;

/// <summary>
/// Names by their shape — two to five capitalised words in a row ("Eli Clifton", "Voice of America") — that no
/// gazetteer alias in the sentence covers: candidates, so a digest can show the frequent names a gazetteer lacks.
/// A capitalised word that only starts the sentence ("The", "According") is not part of a name.
/// </summary>
internal static class NameCandidates
{
    /// <summary>Capitalised words that start sentences or headlines, not names.</summary>
    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "As", "But", "And", "Or", "If", "So", "This", "That", "These", "Those", "When",
        "While", "After", "Before", "Since", "According", "However", "Meanwhile", "Some", "Many", "Most", "Its", "His", "Her",
        "Their", "Our", "My", "Your", "It", "He", "She", "They", "We", "I", "There", "Here", "Why", "What", "How", "Who",
        "Under", "Over", "For", "From", "With", "Without", "By", "To", "Of", "Even", "Both", "All", "Every", "Each", "Last",
        "Next", "Yesterday", "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Once", "Then", "Now", "Still", "Also", "Only", "Just", "Perhaps", "Maybe", "Another", "Such", "Other", "Several",
        "Few", "Later", "Earlier", "Instead", "Indeed", "Thus", "Hence", "Although", "Though", "Because", "Unlike", "Like",
        "Despite", "During", "Until", "Upon", "Among", "Between", "Within", "Against", "Amid", "Following", "Including",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameStartLookup = NotNameStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Titles that only ever stand before a person: "President Reagan" is Reagan. Not those that also open company and
    /// office names ("General Electric", "Prime Computer", "State Department", "Executive Telecommunications").
    /// </summary>
    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "President", "Senator", "Ambassador", "Chancellor", "Governor", "Mayor", "Judge", "Minister", "Secretary", "Chairman",
        "Chairwoman", "Spokesman", "Spokeswoman", "Treasurer", "Representative", "Congressman", "Congresswoman", "Professor",
        "Dr", "Mr", "Mrs", "Ms", "Sir",
    };

    /// <summary>Titles before a person's name: "President Donald Trump" and "Donald Trump" are one name.</summary>
    private static readonly HashSet<string> Titles = new(PersonTitles.Concat(
    [
        "Vice", "Prime", "General", "Colonel", "King", "Queen", "Prince", "Princess", "Sheikh", "Pope", "Lord", "Lady",
        "Commander", "Adviser", "Advisor", "Foreign", "Interior", "Defence", "Defense",
        "State",   // "Secretary of State Mike Pompeo"
        "Exchequer",   // "Chancellor of the Exchequer Nigel Lawson"
        // Company and staff titles of wire stories: "Liffe Chief Executive Michael Jenkins", "Executive Director Clarence
        // Ditlow", "White House Chief of Staff Howard Baker", "Managing Director …", "Deputy …".
        "Chief", "Executive", "Director", "Officer", "Staff", "Deputy", "Managing", "Accountant",
    ]), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "da", "bin", "ibn", "van", "von", "der", "al" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Words that end or head an organisation's name: "Federal Paperboard Co Inc", "Moody's Investors Service Inc",
    /// "Bank of Ireland", "Ministry of Finance". A name ending in one is an organisation's, whole.
    /// </summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "PLC", "AG", "SA", "NV", "BV", "GmbH",
        "Group", "Holdings", "Bank", "Trust", "Fund", "Service", "Services", "Partners", "Associates", "Department", "Ministry",
        "Agency", "Commission", "Council", "Board", "Institute", "Association", "Federation", "Union", "Exchange", "Authority",
        "Office", "Bureau", "Party", "Committee", "Court", "University", "Organisation", "Organization",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationLookup = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "LLC", "Plc", "PLC", "AG", "SA", "NV", "BV", "GmbH",
    };

    /// <summary>Whether <paramref name="word"/> is a company's legal form ("Inc", "Corp", "Ltd"): part of a name, never one.</summary>
    public static bool IsLegalForm(string word) => LegalForms.Contains(word);

    /// <summary>Whether <paramref name="word"/> ends or heads an organisation's name ("Inc", "Bank", "Ministry").</summary>
    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => OrganisationLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a title before a person's name ("Ambassador", "President").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a title that only stands before a person ("President", "Mr").</summary>
    public static bool IsPersonTitle(string word) => PersonTitles.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a possessive ("MEK’s", "Corp's").</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a capitalised word that starts sentences rather than names ("The", "According").</summary>
    public static bool IsSentenceStart(ReadOnlySpan<char> word) => NotNameStartLookup.Contains(word);

    /// <summary>Longest run of words taken as a name; longer capitalised runs are title-case headlines or lists.</summary>
    private const int MaxWords = 5;

    /// <summary>The names in <paramref name="sentence"/> that none of its <paramref name="entities"/>' aliases covers.</summary>
    /// <remarks>A word scan rather than a regular expression: a pattern over Unicode letter classes cost a quarter of the tagger.</remarks>
    public static List<string> Find(string sentence, IReadOnlyList<Tag> entities)
    {
        List<string>? names = null;
        var run = _run ??= new List<Range>(MaxWords + 2);
        run.Clear();
        var connector = -1;   // index in run where a connector word waits to be confirmed by a following name word
        var at = 0;
        while (at < sentence.Length)
        {
            // Jump to the next capital letter (vectorised): most of a sentence is lower-case words no name needs.
            if (run.Count == 0)
            {
                var capital = sentence.AsSpan(at).IndexOfAny(Capitals);
                if (capital < 0) break;
                at += capital;
                var wordStart = sentence.LastIndexOf(' ', at) + 1;
                if (sentence.AsSpan(wordStart, at - wordStart).TrimStart(LeadingPunctuation).Length > 0)
                {
                    // A capital inside a word ("McDonald", "iPhone"): not the start of a name.
                    at = sentence.IndexOf(' ', at) is var space and >= 0 ? space + 1 : sentence.Length;
                    continue;
                }
                at = wordStart;
            }
            var end = sentence.IndexOf(' ', at);
            if (end < 0) end = sentence.Length;
            var raw = sentence.AsSpan(at, end - at);
            var lead = raw.Length - raw.TrimStart(LeadingPunctuation).Length;
            var word = raw[lead..];
            var trailing = word.Length - word.TrimEnd(TrailingPunctuation).Length;
            word = word[..^trailing];
            var wordRange = new Range(at + lead, at + lead + word.Length);
            at = end + 1;
            if (word.IsEmpty) continue;
            if (IsCapitalised(word))
            {
                connector = -1;
                run.Add(wordRange);
                // Punctuation after a word ends the name ("Tirana, Albania" is two places).
                if (trailing > 0) connector = Close(sentence, run, connector, entities, ref names);
            }
            else if (run.Count > 0 && connector < 0 && trailing == 0 && ConnectorLookup.Contains(word))
            {
                connector = run.Count;
                run.Add(wordRange);
            }
            else connector = Close(sentence, run, connector, entities, ref names);
        }
        Close(sentence, run, connector, entities, ref names);
        return names ?? [];
    }

    /// <summary>Every upper-case letter of the Basic Multilingual Plane's scripts that names are written in.</summary>
    private static readonly System.Buffers.SearchValues<char> Capitals =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x2000).Select(c => (char)c).Where(char.IsUpper)]);

    [ThreadStatic] private static List<Range>? _run;

    private static readonly char[] LeadingPunctuation = ['“', '"', '(', '‘', '\'', '['];

    private static readonly char[] TrailingPunctuation = [',', '.', ';', ':', '!', '?', ')', '”', '"', ']', '’', '\''];

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    private static bool CoveredByAlias(string name, IReadOnlyList<Tag> entities)
    {
        foreach (var entity in entities)
            if (entity.Get(TagKeys.Alias) is { } alias && name.Contains(alias, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Turns the words collected so far into a name, if they make one, and starts again (returns the reset connector mark).</summary>
    private static int Close(string sentence, List<Range> run, int connector, IReadOnlyList<Tag> entities, ref List<string>? names)
    {
        if (connector >= 0) run.RemoveRange(connector, run.Count - connector);   // a trailing "of" is not part of the name
        var first = 0;
        while (first < run.Count && NotNameStartLookup.Contains(sentence.AsSpan(run[first]))) first++;
        // After the last title word, if a name of two words or more follows it ("French President Emmanuel Macron").
        for (var k = run.Count - 3; k >= first; k--)
            if (TitleLookup.Contains(sentence.AsSpan(run[k])))
            {
                first = k + 1;
                break;
            }
        while (first < run.Count && ConnectorLookup.Contains(sentence.AsSpan(run[first]))) first++;
        var words = run.Count - first;
        if (words is >= 2 and <= MaxWords)
        {
            var start = run[first].Start.GetOffset(sentence.Length);
            var end = run[^1].End.GetOffset(sentence.Length);
            var text = sentence[start..end];
            if (IsPossessive(text)) text = text[..^2];
            if (!CoveredByAlias(text, entities))
            {
                names ??= [];
                if (!names.Contains(text)) names.Add(text);
            }
        }
        run.Clear();
        return -1;
    }
}
