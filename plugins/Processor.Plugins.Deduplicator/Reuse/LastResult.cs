using System.Collections.Immutable;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Reuse;

/// <summary>
/// The stage's result over one input, kept with what the stage remembers between runs so that a run whose input has
/// the same <see cref="InputFingerprint"/> reuses it rather than computing it again (issue 17: an unchanged corpus
/// re-runs in a fraction of the first run's time). It is compact: each merged claim is the positions of its members in
/// the input with how each matched; the claims, attributions, tags and merge records are rebuilt from the input.
/// </summary>
/// <remarks>
/// Reused, the result is what a full run would give after the run that computed it: every text of the input was seen
/// by that run, so a claim that was new then was first seen when that run started, and every story and document was
/// known to it (no story is new, no document new to its story). 30 MB newswire: the claims, conflicts, facts,
/// duplicates and stories of a reused second run are those of a second run that computed everything again (the story
/// memory keeps every story of the corpus for that: see <see cref="Stories.StoryFinder"/>). The memory of earlier runs
/// is kept as it was.
/// </remarks>
internal sealed class LastResult
{
    private const byte Version = 1;

    private LastResult(UInt128 input, bool remembersTexts)
    {
        Input = input;
        RemembersTexts = remembersTexts;
    }

    /// <summary>The fingerprint of the input the result was computed from.</summary>
    public UInt128 Input { get; }

    /// <summary>When the run that computed it started (UTC ticks): when the claims it found new were first seen.</summary>
    public long RunStarted { get; private set; }

    /// <summary>Whether that run remembered its texts (then claims it found new carry its start as their first sighting).</summary>
    private bool RemembersTexts { get; }

    // Merged claims, flat: claim k's members are _members[_memberEnd[k-1].._memberEnd[k]], the canonical wording first.
    private readonly List<string> _ids = [];
    private readonly List<int> _memberEnd = [];
    private readonly List<int> _members = [];
    private readonly List<MemberMatch> _matches = [];
    private readonly List<int> _independent = [];
    private readonly List<long> _firstSeen = [];
    private readonly List<MergeRecord> _otherMerges = [];
    private readonly List<(string Id, string Kind, string Basis, (int Claim, string? Value, string? Text)[] Claims)> _links = [];
    private readonly List<(string Id, string Title, int[] Documents, int[] Claims, int[] Sources, int First, string? FirstBy)> _stories = [];

    public int ClaimCount => _ids.Count;

    public static LastResult Start(UInt128 input, bool remembersTexts) => new(input, remembersTexts);

    /// <summary>One merged claim: its members as positions in the input's claims, canonical first, and how each matched.</summary>
    public void AddClaim(string id, IReadOnlyList<int> inputPositions, ReadOnlySpan<MemberMatch> matches, int independentSources, DateTimeOffset? firstSeen)
    {
        _ids.Add(id);
        _members.AddRange(inputPositions);
        _memberEnd.Add(_members.Count);
        foreach (var m in matches) _matches.Add(m);
        _independent.Add(independentSources);
        _firstSeen.Add(firstSeen?.UtcTicks ?? 0);
    }

    /// <summary>The document and paragraph merges, the links and the stories, once every claim is added.</summary>
    public void Finish(Corpus input, IEnumerable<MergeRecord> otherMerges, IEnumerable<ClaimLink> links, IEnumerable<Story> stories)
    {
        _otherMerges.AddRange(otherMerges);
        var claimIndex = new Dictionary<string, int>(_ids.Count, StringComparer.Ordinal);
        for (var k = 0; k < _ids.Count; k++) claimIndex[_ids[k]] = k;
        var documentIndex = new Dictionary<string, int>(input.Documents.Length, StringComparer.Ordinal);
        for (var d = 0; d < input.Documents.Length; d++) documentIndex.TryAdd(input.Documents[d].Id, d);
        var sourceIndex = new Dictionary<string, int>(input.Sources.Length, StringComparer.Ordinal);
        for (var s = 0; s < input.Sources.Length; s++) sourceIndex.TryAdd(input.Sources[s].Id, s);
        foreach (var l in links)
            _links.Add((l.Id, l.Kind, l.Basis, [.. l.Claims.Select(c => (claimIndex[c.ClaimId], c.Value, c.Text))]));
        foreach (var s in stories)
            _stories.Add((s.Id, s.Title, [.. s.DocumentIds.Select(d => documentIndex[d])], [.. s.ClaimIds.Select(c => claimIndex[c])],
                [.. s.SourceIds.Select(x => sourceIndex[x])], s.FirstReported?.DayNumber ?? -1, s.FirstReportedBy));
    }

    /// <summary>
    /// The result rebuilt over <paramref name="input"/> (which has the fingerprint <see cref="Input"/>): the merged claims
    /// replace the input's claims; merges, links and stories are added to the input's.
    /// </summary>
    /// <param name="assemble">Builds a merged claim's attributions and tags and records its merges: the rule the full run uses.</param>
    public Corpus Apply(Corpus input, ClaimAssembler assemble)
    {
        var claims = input.Claims;
        var merged = ImmutableArray.CreateBuilder<Claim>(_ids.Count);
        var merges = ImmutableArray.CreateBuilder<MergeRecord>();
        merges.AddRange(_otherMerges);
        var members = new List<int>();
        var matches = _matches.ToArray();
        for (int k = 0, start = 0; k < _ids.Count; start = _memberEnd[k], k++)
        {
            members.Clear();
            for (var m = start; m < _memberEnd[k]; m++) members.Add(_members[m]);
            var (attributions, tags) = assemble(_ids[k], members, matches.AsSpan(start, _memberEnd[k] - start), claims.AsSpan(), merges);
            var first = _firstSeen[k] > 0 ? _firstSeen[k] : RemembersTexts ? RunStarted : 0;
            merged.Add(new Claim(_ids[k], claims[members[0]].Text, attributions)
            {
                Tags = tags,
                IndependentSources = _independent[k],
                FirstSeen = first > 0 ? new DateTimeOffset(first, TimeSpan.Zero) : null,
            });
        }
        var links = _links.Select(l => new ClaimLink(l.Id, l.Kind, l.Basis, [.. l.Claims.Select(c => new LinkedClaim(_ids[c.Claim], c.Value, c.Text))]));
        var stories = _stories.Select(s => new Story(s.Id, s.Title, [.. s.Documents.Select(d => input.Documents[d].Id)])
        {
            ClaimIds = [.. s.Claims.Select(c => _ids[c])],
            SourceIds = [.. s.Sources.Select(x => input.Sources[x].Id)],
            FirstReported = s.First < 0 ? null : DateOnly.FromDayNumber(s.First),
            FirstReportedBy = s.FirstBy,
            IsNew = false,
            NewDocuments = 0,
        });
        return input with
        {
            Claims = merged.MoveToImmutable(), Merges = input.Merges.AddRange(merges), Links = input.Links.AddRange(links),
            Stories = input.Stories.AddRange(stories),
        };
    }

    /// <summary>The merge, link and story counts, for the stage's log line.</summary>
    public (int Merges, int Links, int Stories) Counts => (_otherMerges.Count, _links.Count, _stories.Count);

    /// <summary>The result, Brotli-compressed after its version byte (30 MB newswire: 5.2 → 2.2 MB).</summary>
    public byte[] Write(long runStarted)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write((ulong)(Input >> 64));
            w.Write((ulong)Input);
            w.Write(runStarted);
            w.Write(RemembersTexts);
            w.Write7BitEncodedInt(_ids.Count);
            for (int k = 0, start = 0; k < _ids.Count; start = _memberEnd[k], k++)
            {
                w.Write(_ids[k]);
                w.Write7BitEncodedInt(_memberEnd[k] - start);
                w.Write7BitEncodedInt(_independent[k]);
                w.Write7BitEncodedInt64(_firstSeen[k]);
                for (var m = start; m < _memberEnd[k]; m++)
                {
                    w.Write7BitEncodedInt(_members[m]);
                    var match = _matches[m];
                    w.Write((byte)(MatchCode(match.Match) | (match.ExactCopy ? 0x80 : 0)));
                    if (match.Match != MatchKind.Exact) w.Write(match.Similarity);
                }
            }
            w.Write7BitEncodedInt(_otherMerges.Count);
            foreach (var m in _otherMerges)
            {
                w.Write(m.Level);
                w.Write(m.KeptId);
                w.Write(m.MergedId);
                w.Write(m.Method);
                w.Write(m.Score);
            }
            w.Write7BitEncodedInt(_links.Count);
            foreach (var l in _links)
            {
                w.Write(l.Id);
                w.Write(l.Kind);
                w.Write(l.Basis);
                w.Write7BitEncodedInt(l.Claims.Length);
                foreach (var c in l.Claims)
                {
                    w.Write7BitEncodedInt(c.Claim);
                    WriteOptional(w, c.Value);
                    WriteOptional(w, c.Text);
                }
            }
            w.Write7BitEncodedInt(_stories.Count);
            foreach (var s in _stories)
            {
                w.Write(s.Id);
                w.Write(s.Title);
                WriteIndices(w, s.Documents);
                WriteIndices(w, s.Claims);
                WriteIndices(w, s.Sources);
                w.Write(s.First);
                WriteOptional(w, s.FirstBy);
            }
        }
        return StageMemory.Pack(Version, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    /// <summary>The saved result; null when it was saved in another version (then the stage computes afresh).</summary>
    public static LastResult? Read(byte[] blob)
    {
        if (blob.Length == 0 || blob[0] != Version) return null;
        using var r = new BinaryReader(new MemoryStream(StageMemory.Unpack(blob.AsSpan(1)), writable: false));
        var input = ((UInt128)r.ReadUInt64() << 64) | r.ReadUInt64();
        var runStarted = r.ReadInt64();
        var result = new LastResult(input, r.ReadBoolean()) { RunStarted = runStarted };
        var claims = r.Read7BitEncodedInt();
        for (var k = 0; k < claims; k++)
        {
            result._ids.Add(r.ReadString());
            var count = r.Read7BitEncodedInt();
            result._independent.Add(r.Read7BitEncodedInt());
            result._firstSeen.Add(r.Read7BitEncodedInt64());
            for (var m = 0; m < count; m++)
            {
                result._members.Add(r.Read7BitEncodedInt());
                var code = r.ReadByte();
                var match = MatchOf(code & 0x7F);
                result._matches.Add(new MemberMatch(match, match == MatchKind.Exact ? 1.0 : r.ReadDouble(), (code & 0x80) != 0));
            }
            result._memberEnd.Add(result._members.Count);
        }
        var merges = r.Read7BitEncodedInt();
        for (var m = 0; m < merges; m++)
            result._otherMerges.Add(new MergeRecord(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString(), r.ReadDouble()));
        var links = r.Read7BitEncodedInt();
        for (var l = 0; l < links; l++)
        {
            var (id, kind, basis) = (r.ReadString(), r.ReadString(), r.ReadString());
            var linked = new (int, string?, string?)[r.Read7BitEncodedInt()];
            for (var c = 0; c < linked.Length; c++) linked[c] = (r.Read7BitEncodedInt(), ReadOptional(r), ReadOptional(r));
            result._links.Add((id, kind, basis, linked));
        }
        var stories = r.Read7BitEncodedInt();
        for (var s = 0; s < stories; s++)
            result._stories.Add((r.ReadString(), r.ReadString(), ReadIndices(r), ReadIndices(r), ReadIndices(r), r.ReadInt32(), ReadOptional(r)));
        return result;
    }

    private static int MatchCode(string match) => match switch
    {
        MatchKind.Exact => 0,
        MatchKind.Near => 1,
        MatchKind.Paraphrase => 2,
        _ => throw new InvalidOperationException($"unknown match kind '{match}'"),
    };

    private static string MatchOf(int code) => code switch
    {
        0 => MatchKind.Exact,
        1 => MatchKind.Near,
        2 => MatchKind.Paraphrase,
        _ => throw new InvalidDataException($"unknown match code {code}"),
    };

    private static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteIndices(BinaryWriter w, int[] indices)
    {
        w.Write7BitEncodedInt(indices.Length);
        foreach (var i in indices) w.Write7BitEncodedInt(i);
    }

    private static int[] ReadIndices(BinaryReader r)
    {
        var indices = new int[r.Read7BitEncodedInt()];
        for (var i = 0; i < indices.Length; i++) indices[i] = r.Read7BitEncodedInt();
        return indices;
    }
}

/// <summary>How one member of a merged claim matched its canonical wording, and whether it joined as an exact copy.</summary>
internal readonly record struct MemberMatch(string Match, double Similarity, bool ExactCopy);

/// <summary>Builds a merged claim's attributions and tags from its members (input positions, canonical first) and records its merges.</summary>
internal delegate (ImmutableArray<Attribution> Attributions, ImmutableArray<Tag> Tags) ClaimAssembler(
    string id, List<int> members, ReadOnlySpan<MemberMatch> matches, ReadOnlySpan<Claim> claims, ImmutableArray<MergeRecord>.Builder merges);
