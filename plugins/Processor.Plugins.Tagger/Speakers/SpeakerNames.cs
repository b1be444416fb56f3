using System.IO.Hashing;
using System.Runtime.InteropServices;
using Processor.Abstractions;
using Processor.Plugins.Tagger.Entities;

namespace Processor.Plugins.Tagger.Speakers;

/// <summary>
/// The names of one document that a speaker can have, so that a speaker is a person or an organisation and has one
/// name: the full names written in it ("Daniel Benjamin", from <see cref="NameCandidates"/>), the gazetteer's entities
/// it mentions (an alias is the entity: "Pompeo" is "Mike Pompeo" when the gazetteer says so) and the capitalised
/// words it uses inside sentences. A word that is only ever capitalised because it starts a sentence ("Another",
/// "Commentary", "Such") is no name.
/// </summary>
internal sealed class SpeakerNames
{
    // The full names are found only when a one-word name or a title asks for them: a speaker named in full ("Gould Inc
    // said", "John Smith said"), the usual case, never needs them, and finding them reads every sentence again.
    private readonly Lazy<List<string>> _fullNamesFound;
    private List<string> FullNames => _fullNamesFound.Value;
    private readonly Dictionary<string, string> _aliases;
    // The document's words are kept as 64-bit hashes of their characters, not as strings: every distinct word of every
    // document was a string before, the largest allocation of the tagger on newswire. (A collision of two words of one
    // document is about one in 10^14.)
    private readonly HashSet<ulong> _namedWords;
    private readonly HashSet<ulong> _lowerWords;

    private SpeakerNames(Func<List<string>> fullNames, Dictionary<string, string> aliases, HashSet<ulong> namedWords, HashSet<ulong> lowerWords)
    {
        _fullNamesFound = new Lazy<List<string>>(fullNames, LazyThreadSafetyMode.None);
        _aliases = aliases;
        _namedWords = namedWords;
        _lowerWords = lowerWords;
    }

    /// <summary>A capitalised word that is a common word of the document: written in lower case in it, never capitalised inside a sentence ("Once").</summary>
    private bool IsCommonWord(string word) => IsCommon(word, _namedWords, _lowerWords);

    private static bool IsCommon(ReadOnlySpan<char> word, HashSet<ulong> namedWords, HashSet<ulong> lowerWords)
    {
        if (namedWords.Contains(KeyOf(word))) return false;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lowerWords.Contains(KeyOf(lower));
    }

    private static ulong KeyOf(ReadOnlySpan<char> word) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));

    public static SpeakerNames Of(IReadOnlyList<Sentence> sentences, IReadOnlyList<IReadOnlyList<Tag>> entities)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        // Sized for the document (about one distinct word in ten characters), read through span lookups: a word is
        // allocated once per document, not once per occurrence, and the sets do not grow step by step.
        var characters = 0;
        for (var i = 0; i < sentences.Count; i++) characters += sentences[i].Text.Length;
        var namedWords = new HashSet<ulong>(characters / 40);
        var lowerWords = new HashSet<ulong>(characters / 10);
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Text;
            foreach (var entity in entities[i])
                if (entity.Get(TagKeys.Alias) is { } alias) aliases[alias] = entity.Get(TagKeys.Name) ?? entity.Value;
            // Capitalised words after the first word of the sentence (and not right after a sentence stop inside it).
            ReadOnlySpan<char> previous = default;
            var first = true;
            foreach (var range in text.AsSpan().Split(' '))
            {
                var raw = text.AsSpan(range);
                if (raw.IsEmpty) continue;
                var word = raw.Trim(Punctuation);
                if (word.Length > 0 && char.IsLower(word[0])) lowerWords.Add(KeyOf(word));
                if (!first && word.Length >= 2 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !previous.EndsWith('.')
                    && !previous.EndsWith(':') && !previous.EndsWith('“') && !raw.StartsWith('“') && !raw.StartsWith('"'))
                    namedWords.Add(KeyOf(word));
                previous = raw;
                first = false;
            }
        }
        List<string> FullNames()
        {
            var fullNames = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var sentence in sentences)
                foreach (var name in NameCandidates.Find(sentence.Text, []))
                {
                    // "Once Zam tells …": a sentence's first word that is a common word of the document is not a name's.
                    var first = name.AsSpan(0, name.IndexOf(' ') is var space and >= 0 ? space : name.Length);
                    if (sentence.Text.StartsWith(name, StringComparison.Ordinal) && IsCommon(first, namedWords, lowerWords)) continue;
                    fullNames[name] = fullNames.GetValueOrDefault(name) + 1;
                }
            // Longer and more frequent names first: "Daniel Benjamin" answers for "Benjamin" before "Benjamin Netanyahu"
            // does only when it is written more often.
            return fullNames.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList();
        }
        return new SpeakerNames(FullNames, aliases, namedWords, lowerWords);
    }

    private static readonly char[] Punctuation = [',', '.', ';', ':', '!', '?', '(', ')', '“', '”', '"', '‘', '’', '\'', '[', ']'];

    /// <summary>Whether <paramref name="word"/> ends a person's full name ("Trump" in "Donald Trump"; not "Department" in "State Department").</summary>
    private bool EndsAFullName(string word)
    {
        foreach (var full in FullNames)
        {
            if (!EndsWithWord(full, word)) continue;
            var before = full.AsSpan(0, full.Length - word.Length - 1);
            if (!NameCandidates.IsTitle(before[(before.LastIndexOf(' ') + 1)..])) return true;
        }
        return false;
    }

    /// <summary>
    /// A full name without what stands before its last title ("Liffe Chief Executive Michael Jenkins" → "Michael
    /// Jenkins"), when a first and last name remain.
    /// </summary>
    private static string AfterTitles(string full)
    {
        var words = full.Split(' ');
        var lastTitle = -1;
        for (var i = 0; i < words.Length - 1; i++)
            if (NameCandidates.IsTitle(words[i])) lastTitle = i;
        return lastTitle >= 0 && words.Length - lastTitle - 1 >= 2 ? string.Join(' ', words[(lastTitle + 1)..]) : full;
    }

    /// <summary>Whether <paramref name="full"/> ends with a space and <paramref name="word"/> (no string is made for the test).</summary>
    private static bool EndsWithWord(string full, string word) =>
        full.Length > word.Length && full.EndsWith(word, StringComparison.Ordinal) && full[full.Length - word.Length - 1] == ' ';

    /// <summary>The speaker <paramref name="candidate"/> names, in its one form; null when it names no one.</summary>
    public string? Resolve(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Chrysler Corp's Chrysler Motors Corp said": a unit named after its owner's possessive is the speaker.
        var owner = words.Count < 2 ? -1 : words.FindLastIndex(words.Count - 2, w => NameCandidates.IsPossessive(w) && NameCandidates.IsOrganisationWord(w.AsSpan(0, w.Length - 2)));
        if (owner >= 0) words.RemoveRange(0, owner + 1);
        // "MEK’s claims": a possessive is no speaker.
        if (words.Count == 0 || NameCandidates.IsPossessive(words[^1])) return null;
        // A title before a name ("Ambassador Daniel Benjamin"), not a title that names an office ("State Department").
        // "General Motors Corp said": a word that is a title elsewhere is part of an organisation's name.
        while (words.Count > 2 && NameCandidates.IsTitle(words[0]) && !NameCandidates.IsOrganisationWord(words[^1])) words.RemoveAt(0);
        if (words.Count == 2 && NameCandidates.IsTitle(words[0]) && EndsAFullName(words[1])) words.RemoveAt(0);
        // "President Reagan said", "Mr Lawson said": a person's title before one name is no part of it, so that the
        // speaker is one name across documents (a full name of the document is taken below when there is one).
        if (words.Count == 2 && NameCandidates.IsPersonTitle(words[0]) && !NameCandidates.IsTitle(words[1]) && !NameCandidates.IsOrganisationWord(words[1]))
            words.RemoveAt(0);
        if (NameCandidates.IsSentenceStart(words[0])) return null;
        // "Once Zam": a common word of the document before a name only starts the sentence.
        while (words.Count > 1 && IsCommonWord(words[0]) && !_aliases.ContainsKey(string.Join(' ', words))) words.RemoveAt(0);
        var name = string.Join(' ', words);
        if (_aliases.TryGetValue(name, out var entity)) return entity;
        // "IC industries Inc said": a legal form alone ("Inc", "Co", "Corp") names no one.
        if (words.Count == 1 && NameCandidates.IsLegalForm(name)) return null;
        if (words.Count == 1)
        {
            foreach (var full in FullNames)
                if (EndsWithWord(full, name) && !NameCandidates.IsTitle(full.AsSpan(0, full.IndexOf(' ')))) return AfterTitles(full);
            return _namedWords.Contains(KeyOf(name)) ? name : null;
        }
        // "Chair of the group on Gender Equality Dimitrios Papadimoulis": a run of four or more capitalised words is a
        // title or topic before a name; a person's name is its last two words. An organisation's name is whole
        // ("Federal Paperboard Co Inc", "Moody's Investors Service Inc").
        if (words.Count >= 4 && !NameCandidates.IsOrganisationWord(words[^1])) return string.Join(' ', words[^2..]);
        return name;
    }
}
