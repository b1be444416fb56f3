namespace Processor.Plugins.Tagger.Entities;

/// <summary>
/// Aho–Corasick over case-folded characters, compiled to a table: finds every alias of every entity in
/// one pass, however many aliases there are, with one array read per character. Matches must stand on
/// word boundaries; an all-capitals alias (MEK, PMOI) must match its case exactly so that "mek" in an
/// ordinary word does not count.
/// </summary>
/// <remarks>
/// Characters are mapped to classes first (every character that occurs in some alias gets its own class;
/// all others share class 0, which always leads back to the root), so a row of the table is as wide as the
/// aliases' alphabet — a few dozen entries — rather than 65,536. States whose rows fit in
/// <see cref="DefaultDenseBudget"/> get complete rows (failure links folded in); the rest, only in huge
/// gazetteers, keep their own transitions and fall back through failure links.
/// </remarks>
internal sealed class AliasMatcher
{
    /// <summary>Table entries (ints) for complete rows: 16 M entries = 64 MB.</summary>
    public const int DefaultDenseBudget = 16 << 20;

    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classes;
    private readonly int[] _dense;
    private readonly int _denseStates;
    private readonly Dictionary<(int State, ushort Class), int> _sparse = [];
    private readonly int[] _fail;
    private readonly (string Alias, Entity Entity, bool Acronym)[][] _output;
    private readonly int[] _outputLink;

    public AliasMatcher(IEnumerable<(string Alias, Entity Entity)> aliases, int denseBudget = DefaultDenseBudget)
    {
        var trie = new List<Dictionary<ushort, int>> { new() };
        var outputs = new List<List<(string, Entity, bool)>> { new() };
        foreach (var (alias, entity) in aliases)
        {
            if (string.IsNullOrWhiteSpace(alias)) continue;
            var state = 0;
            foreach (var c in alias)
            {
                var folded = Fold(c);
                if (_classOf[folded] == 0) _classOf[folded] = (ushort)++_classes;
                var cls = _classOf[folded];
                if (!trie[state].TryGetValue(cls, out var to))
                {
                    to = trie.Count;
                    trie.Add(new());
                    outputs.Add([]);
                    trie[state][cls] = to;
                }
                state = to;
            }
            outputs[state].Add((alias, entity, IsAcronym(alias)));
        }
        _classes++;   // class 0: characters no alias contains
        // Characters whose fold is in the alphabet share the class of their fold ("M" → class of "m").
        for (var c = 0; c <= char.MaxValue; c++) _classOf[c] = _classOf[Fold((char)c)];

        // Renumber breadth-first, so that the states given complete rows are the shallow ones a text reaches most.
        var order = new List<int>(trie.Count) { 0 };
        for (var k = 0; k < order.Count; k++) order.AddRange(trie[order[k]].Values);
        var number = new int[trie.Count];
        for (var k = 0; k < order.Count; k++) number[order[k]] = k;
        var next = order.Select(old => trie[old].ToDictionary(t => t.Key, t => number[t.Value])).ToList();

        _output = [.. order.Select(old => outputs[old].ToArray())];
        _fail = new int[next.Count];
        _outputLink = new int[next.Count];
        _denseStates = (int)Math.Min(next.Count, Math.Max(1, denseBudget / _classes));
        _dense = new int[_denseStates * _classes];
        Compile(next);
    }

    public int AliasCount => _output.Sum(o => o.Length);

    /// <summary>Every alias found in <paramref name="text"/>, longest first where they overlap, in text order.</summary>
    public List<AliasMatch> Find(string text)
    {
        List<AliasMatch>? results = null;   // allocated on the first match only
        var state = 0;
        var classOf = _classOf;
        var dense = _dense;
        for (var i = 0; i < text.Length; i++)
        {
            var cls = classOf[text[i]];
            state = state < _denseStates ? dense[state * _classes + cls] : SparseStep(state, cls);
            if (state == 0) continue;
            for (var s = _output[state].Length > 0 ? state : _outputLink[state]; s != 0; s = _outputLink[s])
            {
                foreach (var (alias, entity, acronym) in _output[s])
                {
                    var start = i - alias.Length + 1;
                    if (IsWordBoundary(text, start - 1) && IsWordBoundary(text, i + 1)
                        && (!acronym || string.CompareOrdinal(text, start, alias, 0, alias.Length) == 0))
                        (results ??= new List<AliasMatch>(4)).Add(new AliasMatch(start, alias.Length, entity));
                }
            }
        }
        return results is null ? [] : LongestFirst(results);
    }

    /// <summary>Longest match wins where aliases overlap ("Mujahedin Khalq Organization" over "Mujahedin Khalq").</summary>
    private static List<AliasMatch> LongestFirst(List<AliasMatch> results)
    {
        if (results.Count == 1) return results;
        results.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<AliasMatch>(results.Count);
        var end = -1;
        foreach (var m in results)
        {
            if (m.Start < end) continue;
            end = m.Start + m.Length;
            kept.Add(m);
        }
        return kept;
    }

    /// <summary>A state beyond the dense budget: its own transition, else the failure chain's.</summary>
    private int SparseStep(int state, ushort cls)
    {
        while (true)
        {
            if (_sparse.TryGetValue((state, cls), out var to)) return to;
            state = _fail[state];
            if (state < _denseStates) return _dense[state * _classes + cls];
        }
    }

    /// <summary>In breadth-first order (which the state numbers are): failure links, output links and rows.</summary>
    private void Compile(List<Dictionary<ushort, int>> next)
    {
        for (var state = 0; state < next.Count; state++)
        {
            foreach (var (cls, child) in next[state])
            {
                // A child's failure state is shallower than the child, so its row is complete already.
                _fail[child] = state == 0 ? 0 : Step(_fail[state], cls, next);
                var failure = _fail[child];
                _outputLink[child] = _output[failure].Length > 0 ? failure : _outputLink[failure];
            }
            if (state < _denseStates)
            {
                var row = state * _classes;
                for (var cls = (ushort)0; cls < _classes; cls++)
                    _dense[row + cls] = next[state].TryGetValue(cls, out var to) ? to : state == 0 ? 0 : _dense[_fail[state] * _classes + cls];
            }
            else
            {
                foreach (var (cls, to) in next[state]) _sparse[(state, cls)] = to;
            }
        }
    }

    /// <summary>The transition from an already compiled state (used while compiling).</summary>
    private int Step(int state, ushort cls, List<Dictionary<ushort, int>> next)
    {
        while (state >= _denseStates)
        {
            if (next[state].TryGetValue(cls, out var to)) return to;
            state = _fail[state];
        }
        return _dense[state * _classes + cls];
    }

    private static bool IsAcronym(string alias) => alias.Length <= 6 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);

    /// <summary>Case-folds and unifies apostrophes and dashes so "People’s" matches "People's".</summary>
    private static char Fold(char c) => c switch
    {
        '’' or '‘' or '`' => '\'',
        '–' or '—' or '‐' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
