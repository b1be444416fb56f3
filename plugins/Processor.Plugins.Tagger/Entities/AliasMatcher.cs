namespace Processor.Plugins.Tagger.Entities;

/// <summary>
/// Aho–Corasick over case-folded characters: finds every alias of every entity in one pass, however
/// many aliases there are. Matches must stand on word boundaries; an all-capitals alias (MEK, PMOI)
/// must match its case exactly so that "mek" in an ordinary word does not count.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<(string Alias, Entity Entity)>> _output = [[]];

    /// <summary>Transitions out of the root, by folded character: most characters of a text are read in the root.</summary>
    private readonly int[] _rootNext = new int[char.MaxValue + 1];

    /// <summary>Nearest state on the failure chain that ends an alias, so matching never walks chains without output.</summary>
    private int[] _outputLink = [];

    public AliasMatcher(IEnumerable<(string Alias, Entity Entity)> aliases)
    {
        foreach (var (alias, entity) in aliases)
        {
            if (string.IsNullOrWhiteSpace(alias)) continue;
            var state = 0;
            foreach (var c in Fold(alias))
            {
                if (!_next[state].TryGetValue(c, out var to))
                {
                    to = _next.Count;
                    _next.Add(new());
                    _fail.Add(0);
                    _output.Add([]);
                    _next[state][c] = to;
                }
                state = to;
            }
            _output[state].Add((alias, entity));
        }
        BuildFailureLinks();
        foreach (var (c, to) in _next[0]) _rootNext[c] = to;
    }

    public int AliasCount => _output.Sum(o => o.Count);

    public IEnumerable<AliasMatch> Find(string text)
    {
        List<AliasMatch>? results = null;   // allocated on the first match only
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldChar(text[i]);
            int to;
            while (state != 0 && !_next[state].TryGetValue(c, out _)) state = _fail[state];
            state = state == 0 ? _rootNext[c] : _next[state].TryGetValue(c, out to) ? to : 0;
            for (var s = _output[state].Count > 0 ? state : _outputLink[state]; s != 0; s = _outputLink[s])
            {
                foreach (var (alias, entity) in _output[s])
                {
                    var start = i - alias.Length + 1;
                    if (IsWordBoundary(text, start - 1) && IsWordBoundary(text, i + 1) && CaseAgrees(alias, text, start))
                        (results ??= new List<AliasMatch>(8)).Add(new AliasMatch(start, alias.Length, entity));
                }
            }
        }
        if (results is null) yield break;
        // Longest match wins where aliases overlap ("Mujahedin Khalq Organization" over "Mujahedin Khalq").
        results.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var end = -1;
        foreach (var m in results)
        {
            if (m.Start < end) continue;
            end = m.Start + m.Length;
            yield return m;
        }
    }

    private void BuildFailureLinks()
    {
        _outputLink = new int[_next.Count];
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                queue.Enqueue(child);
                var f = _fail[state];
                while (f != 0 && !_next[f].ContainsKey(c)) f = _fail[f];
                _fail[child] = _next[f].TryGetValue(c, out var to) && to != child ? to : 0;
                // Breadth-first order means the failure state's own link is already known.
                var failure = _fail[child];
                _outputLink[child] = _output[failure].Count > 0 ? failure : _outputLink[failure];
            }
        }
    }

    private static bool CaseAgrees(string alias, string text, int start)
    {
        var acronym = alias.Length <= 6 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return !acronym || string.CompareOrdinal(text, start, alias, 0, alias.Length) == 0;
    }

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    private static string Fold(string s) => string.Concat(s.Select(FoldChar));

    /// <summary>Case-folds and unifies apostrophes and dashes so "People’s" matches "People's".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char FoldChar(char c) => Folded[c];

    /// <summary>The fold of every UTF-16 unit, computed once (128 KB): culture-aware lower-casing per character is slow.</summary>
    private static readonly char[] Folded = [.. Enumerable.Range(0, char.MaxValue + 1).Select(i => FoldOther((char)i))];

    private static char FoldOther(char c) => c switch
    {
        '’' or '‘' or '`' => '\'',
        '–' or '—' or '‐' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
