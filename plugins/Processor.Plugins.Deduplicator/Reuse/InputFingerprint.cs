using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using Processor.Abstractions;

namespace Processor.Plugins.Deduplicator.Reuse;

/// <summary>
/// Everything the stage's result depends on, as one 128-bit hash: every claim as the stage reads it (id, text, tags,
/// attributions with spans and quotes), the documents' metadata and paragraphs, the sources, the options and this build
/// of the plugin. The stage is deterministic, so an equal fingerprint means an equal result: a run over an unchanged
/// corpus reuses the last one (<see cref="LastResult"/>) instead of computing it again.
/// </summary>
/// <remarks>
/// The claims are hashed in the order the host hands them over, so a different order is a different fingerprint
/// (a result computed again, never a wrong one): the indices <see cref="LastResult"/> keeps are positions in that order.
/// Documents' sentences are not hashed: the stage reads sentences only as claims.
/// </remarks>
internal static class InputFingerprint
{
    /// <summary>This build of the plugin (deterministic builds: the module id changes exactly when the code does).</summary>
    private static readonly Guid Build = typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId;

    public static UInt128 Of(Corpus corpus, DeduplicatorOptions options)
    {
        var h = new Hasher();
        h.Add(Build.ToString());
        h.Add(JsonSerializer.Serialize(options));
        h.Add(corpus.Sources.Length);
        foreach (var source in corpus.Sources)
        {
            h.Add(source.Id);
            h.Add(source.Path);
            h.Add(source.Sha256);
        }
        h.Add(corpus.Documents.Length);
        foreach (var d in corpus.Documents)
        {
            h.Add(d.Id);
            h.Add(d.SourceId);
            h.Add(d.Span);
            h.Add(d.Title);
            h.Add(d.TitleSpan is null ? 0 : 1);
            if (d.TitleSpan is { } t) h.Add(t);
            h.Add(d.Metadata.Count);
            foreach (var (key, value) in d.Metadata)
            {
                h.Add(key);
                h.Add(value);
            }
            h.Add(d.BoundaryReason);
            h.Add(d.Paragraphs.Length);
            foreach (var p in d.Paragraphs) h.Add(p);
            h.Add(d.Tags);
        }
        h.Add(corpus.Claims.Length);
        foreach (var c in corpus.Claims)
        {
            h.Add(c.Id);
            h.Add(c.Text);
            h.Add(c.Tags);
            h.Add(c.Attributions.Length);
            foreach (var a in c.Attributions)
            {
                h.Add(a.SourceId);
                h.Add(a.DocumentId);
                h.Add(a.SentenceId);
                h.Add(a.Span);
                // The quote is most often the claim's text itself (one string): hashed once.
                if (ReferenceEquals(a.Quote, c.Text)) h.Add(-2L);
                else h.Add(a.Quote);
                h.Add(a.Match);
                h.Add(BitConverter.DoubleToInt64Bits(a.Similarity));
            }
        }
        return h.Finish();
    }

    /// <summary>Values written into a buffer and hashed a buffer at a time (an append per field costs more than the hashing).</summary>
    private sealed class Hasher
    {
        private readonly XxHash128 _hash = new();
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _used;

        public void Add(long value)
        {
            Reserve(sizeof(long));
            MemoryMarshal.Write(_buffer.AsSpan(_used), in value);
            _used += sizeof(long);
        }

        /// <summary>A string with its length (so that "ab","c" and "a","bc" differ); null differs from empty.</summary>
        public void Add(string? text)
        {
            if (text is null)
            {
                Add(-1L);
                return;
            }
            Add(text.Length);
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            while (bytes.Length > 0)
            {
                if (_used == _buffer.Length) Flush();
                var n = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..n].CopyTo(_buffer.AsSpan(_used));
                _used += n;
                bytes = bytes[n..];
            }
        }

        public void Add(SourceSpan span)
        {
            Add(span.SourceId);
            Add(((long)span.Start << 32) | (uint)span.End);
            Add(((long)span.Line << 32) | (uint)span.EndLine);
        }

        public void Add(System.Collections.Immutable.ImmutableArray<Tag> tags)
        {
            Add(tags.Length);
            foreach (var tag in tags)
            {
                Add(tag.Kind);
                Add(tag.Value);
                Add(tag.Attributes.Count);
                foreach (var (key, value) in tag.Attributes)
                {
                    Add(key);
                    Add(value);
                }
                Add(tag.Span is null ? 0 : 1);
                if (tag.Span is { } span) Add(span);
            }
        }

        public UInt128 Finish()
        {
            Flush();
            return _hash.GetCurrentHashAsUInt128();
        }

        private void Reserve(int bytes)
        {
            if (_used + bytes > _buffer.Length) Flush();
        }

        private void Flush()
        {
            _hash.Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}
