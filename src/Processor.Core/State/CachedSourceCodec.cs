using System.Collections.Immutable;
using System.IO.Compression;
using Processor.Abstractions;

namespace Processor.Core.State;

/// <summary>
/// The state's compact form of one file's per-file results. Sentence texts are not stored: the host has
/// checked that every sentence's text is exactly what its span decodes to, so they are read back from the
/// file (which is read anyway, to hash it). Repeated strings (source id, tag kinds, attribute names) are
/// written once and then referred to by number. Several times smaller and faster than the JSON it replaces;
/// a second run no longer spends longer decoding results than computing them. The records are then Brotli-compressed
/// (version 2): spans, ids and tags of real newswire shrink to about a third, and the state database with them.
/// </summary>
public static class CachedSourceCodec
{
    /// <summary>
    /// Format version of the records, written first: a blob of another version is ignored (the file is processed again).
    /// Version 3 leaves out a sentence id that is the splitter's own ("{document id}.{position}": 1.1 million of them in
    /// 100 MB of newswire); version 4 writes each distinct tag of a file once and then refers to it by number (a claim-kind
    /// or entity tag recurs on most sentences: decoding and pooling each occurrence was most of a second run's reading).
    /// Version 5 writes a document's metadata as named values (SDK 2), where the versions before wrote five fixed fields.
    /// Versions 1, 3 and 4 are still read. (2 marks a compressed blob, so it is no records version.)
    /// </summary>
    private const byte Version = 5;

    /// <summary>The records version before document metadata were named values.</summary>
    private const byte FixedMetadataVersion = 4;

    /// <summary>The records version before tags were numbered.</summary>
    private const byte UnnumberedTagsVersion = 3;

    /// <summary>The records version before sentence ids could be left out.</summary>
    private const byte FirstVersion = 1;

    /// <summary>A compressed blob: this byte, then the Brotli-compressed records (which start with <see cref="Version"/>).</summary>
    private const byte Compressed = 2;

    /// <summary>Brotli quality: 5 compresses newswire results nearly as well as 11 at a small share of the time.</summary>
    private const int Quality = 5;

    public static byte[] Encode(CachedSource cached)
    {
        var records = Records(cached);
        var packed = new byte[1 + BrotliEncoder.GetMaxCompressedLength(records.Length)];
        packed[0] = Compressed;
        if (!BrotliEncoder.TryCompress(records, packed.AsSpan(1), out var written, Quality, window: 22)) return records;
        return packed.AsSpan(0, 1 + written).ToArray();
    }

    /// <summary>The records uncompressed, as version 1 stored them (and as a state written before version 2 holds them).</summary>
    internal static byte[] Records(CachedSource cached)
    {
        using var stream = new MemoryStream();
        using (var writer = new Writer(stream))
        {
            writer.Raw.Write(Version);
            writer.Count(cached.Documents.Length);
            foreach (var document in cached.Documents) writer.Document(document);
            writer.Count(cached.Removed.Length);
            foreach (var removed in cached.Removed)
            {
                writer.Span(removed.Span);
                writer.String(removed.Reason);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The results stored in <paramref name="blob"/>, with sentence texts read from <paramref name="source"/>; null when the blob is of another version or damaged.</summary>
    public static CachedSource? Decode(byte[] blob, SourceText source) => Decode(blob, source, null);

    /// <summary>
    /// As <see cref="Decode(byte[], SourceText)"/>, with each sentence's text and tags taken from <paramref name="pool"/> as
    /// they are read: sharing them afterwards made every sentence and document a second time.
    /// </summary>
    internal static CachedSource? Decode(byte[] blob, SourceText source, Pipeline.SentencePool? pool)
    {
        try
        {
            if (blob.Length > 0 && blob[0] == Compressed)
            {
                using var unpacked = new MemoryStream();
                using (var brotli = new BrotliStream(new MemoryStream(blob, 1, blob.Length - 1, writable: false), CompressionMode.Decompress))
                    brotli.CopyTo(unpacked);
                blob = unpacked.ToArray();
            }
            using var reader = new Reader(new MemoryStream(blob, writable: false), source, pool);
            reader.Version = reader.Raw.ReadByte();
            if (reader.Version is not (Version or FixedMetadataVersion or UnnumberedTagsVersion or FirstVersion)) return null;
            var documents = ImmutableArray.CreateBuilder<Document>(reader.Count());
            for (var i = 0; i < documents.Capacity; i++) documents.Add(reader.Document());
            var removed = ImmutableArray.CreateBuilder<RemovedSpan>(reader.Count());
            for (var i = 0; i < removed.Capacity; i++) removed.Add(new RemovedSpan(reader.Span(), reader.String()!));
            return new CachedSource(documents.MoveToImmutable(), removed.MoveToImmutable());
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private sealed class Writer(Stream stream) : IDisposable
    {
        public BinaryWriter Raw { get; } = new(stream, System.Text.Encoding.UTF8, leaveOpen: true);

        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);

        public void Count(int n) => Raw.Write7BitEncodedInt(n);

        /// <summary>0 = null; 1 = a new string (then its text); n ≥ 2 = the string numbered n − 2.</summary>
        public void String(string? s)
        {
            if (s is null) { Raw.Write7BitEncodedInt(0); return; }
            if (_strings.TryGetValue(s, out var number)) { Raw.Write7BitEncodedInt(number + 2); return; }
            // Long texts (titles, quotes) rarely repeat: numbering them would only grow the table.
            if (s.Length <= 64) _strings[s] = _strings.Count;
            Raw.Write7BitEncodedInt(1);
            Raw.Write(s);
        }

        public void Span(SourceSpan span)
        {
            String(span.SourceId);
            Raw.Write7BitEncodedInt(span.Start);
            Raw.Write7BitEncodedInt(span.End - span.Start);
            Raw.Write7BitEncodedInt(span.Line);
            Raw.Write7BitEncodedInt(span.EndLine - span.Line);
        }

        /// <summary>A signed number zig-zagged into an unsigned one (0, −1, 1, −2 … → 0, 1, 2, 3 …), so that small ones are one byte.</summary>
        private void SignedInt(int value) => Raw.Write7BitEncodedInt((value << 1) ^ (value >> 31));

        public void OptionalSpan(SourceSpan? span)
        {
            Raw.Write(span.HasValue);
            if (span is { } s) Span(s);
        }

        private readonly Dictionary<Tag, int> _tags = new(Pipeline.TagValueComparer.Instance);

        /// <summary>Each tag as n ≥ 1, the file's tag numbered n − 1, or 0 and the tag written out (which then gets the next number).</summary>
        public void Tags(ImmutableArray<Tag> tags)
        {
            Count(tags.Length);
            foreach (var tag in tags)
            {
                if (_tags.TryGetValue(tag, out var number)) { Raw.Write7BitEncodedInt(number + 1); continue; }
                _tags[tag] = _tags.Count;
                Raw.Write7BitEncodedInt(0);
                String(tag.Kind);
                String(tag.Value);
                Count(tag.Attributes.Count);
                foreach (var (key, value) in tag.Attributes)
                {
                    String(key);
                    String(value);
                }
                OptionalSpan(tag.Span);
            }
        }

        public void Document(Document d)
        {
            String(d.Id);
            String(d.SourceId);
            Span(d.Span);
            String(d.Title);
            OptionalSpan(d.TitleSpan);
            Count(d.Metadata.Count);
            foreach (var (key, value) in d.Metadata)
            {
                String(key);
                String(value);
            }
            Count(d.Paragraphs.Length);
            foreach (var paragraph in d.Paragraphs) Span(paragraph);
            Count(d.Sentences.Length);
            var (lastEnd, lastLine) = (d.Span.Start, d.Span.Line);
            for (var k = 0; k < d.Sentences.Length; k++)
            {
                var sentence = d.Sentences[k];
                // No string is null here: null says the id is the usual one, the document's and the position.
                String(IsUsualId(sentence.Id, d.Id, k) ? null : sentence.Id);
                // Where the sentence starts and its line, from where the one before ended: small numbers, not offsets.
                String(sentence.Span.SourceId);
                SignedInt(sentence.Span.Start - lastEnd);
                Raw.Write7BitEncodedInt(sentence.Span.End - sentence.Span.Start);
                SignedInt(sentence.Span.Line - lastLine);
                Raw.Write7BitEncodedInt(sentence.Span.EndLine - sentence.Span.Line);
                (lastEnd, lastLine) = (sentence.Span.End, sentence.Span.EndLine);
                Raw.Write(sentence.IsClaim);
                Tags(sentence.Tags);
            }
            Tags(d.Tags);
            String(d.BoundaryReason);
        }

        public void Dispose() => Raw.Dispose();

        /// <summary>Whether <paramref name="id"/> is "{document}.{position + 1}", what the splitter names a sentence.</summary>
        private static bool IsUsualId(string id, string document, int position) =>
            id.Length > document.Length + 1 && id.StartsWith(document, StringComparison.Ordinal) && id[document.Length] == '.'
            && int.TryParse(id.AsSpan(document.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n == position + 1 && id.Length == document.Length + 1 + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
    }

    private sealed class Reader(Stream stream, SourceText source, Pipeline.SentencePool? pool) : IDisposable
    {
        public BinaryReader Raw { get; } = new(stream, System.Text.Encoding.UTF8);

        private readonly List<string> _strings = [];

        /// <summary>The file's tags by number (version 4).</summary>
        private readonly List<Tag> _tags = [];

        /// <summary>The records' version (version 1 wrote sentence spans as offsets, not from the sentence before).</summary>
        public byte Version { get; set; }

        public int Count() => Raw.Read7BitEncodedInt();

        private int SignedInt()
        {
            var zigzag = Raw.Read7BitEncodedInt();
            return (int)((uint)zigzag >> 1) ^ -(zigzag & 1);
        }

        public string? String()
        {
            var code = Raw.Read7BitEncodedInt();
            if (code == 0) return null;
            if (code >= 2) return _strings[code - 2];
            var s = Raw.ReadString();
            if (s.Length <= 64) _strings.Add(s);
            return s;
        }

        public SourceSpan Span()
        {
            var id = String()!;
            var start = Raw.Read7BitEncodedInt();
            var end = start + Raw.Read7BitEncodedInt();
            var line = Raw.Read7BitEncodedInt();
            return new SourceSpan(id, start, end, line, line + Raw.Read7BitEncodedInt());
        }

        /// <summary>A sentence span written from where the sentence before ended (version 3).</summary>
        private SourceSpan RelativeSpan(int lastEnd, int lastLine)
        {
            var id = String()!;
            var start = lastEnd + SignedInt();
            var end = start + Raw.Read7BitEncodedInt();
            var line = lastLine + SignedInt();
            return new SourceSpan(id, start, end, line, line + Raw.Read7BitEncodedInt());
        }

        public SourceSpan? OptionalSpan() => Raw.ReadBoolean() ? Span() : null;

        public ImmutableArray<Tag> Tags()
        {
            var count = Count();
            if (count == 0) return [];
            var tags = ImmutableArray.CreateBuilder<Tag>(count);
            for (var i = 0; i < count; i++)
            {
                if (Version > UnnumberedTagsVersion && Raw.Read7BitEncodedInt() is var number and > 0)
                {
                    tags.Add(_tags[number - 1]);
                    continue;
                }
                var tag = new Tag(String()!, String()!);
                var attributes = Count();
                if (attributes > 0)
                {
                    var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                    for (; attributes > 0; attributes--) builder[String()!] = String()!;
                    tag = tag with { Attributes = builder.ToImmutable() };
                }
                tag = tag with { Span = OptionalSpan() };
                if (Version > UnnumberedTagsVersion)
                {
                    // Pooled once, as it enters the file's table: its later occurrences are the same instance.
                    tag = pool?.Tag(tag) ?? tag;
                    _tags.Add(tag);
                }
                tags.Add(tag);
            }
            return tags.MoveToImmutable();
        }

        public Document Document()
        {
            var documentId = String()!;
            var sourceId = String()!;
            var span = Span();
            var document = new Document(documentId, sourceId, span)
            {
                Title = String(),
                TitleSpan = OptionalSpan(),
                Metadata = Version > FixedMetadataVersion ? Metadata() : FixedMetadata(),
                Paragraphs = Spans(),
                Sentences = Sentences(documentId, span),
                Tags = Tags(),
                BoundaryReason = String(),
            };
            return document;
        }

        private ImmutableSortedDictionary<string, string> Metadata()
        {
            var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var count = Count(); count > 0; count--) builder[String()!] = String()!;
            return builder.ToImmutable();
        }

        /// <summary>The five fields versions 1 to 4 wrote, as the metadata they are now.</summary>
        private ImmutableSortedDictionary<string, string> FixedMetadata()
        {
            var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            Put(builder, DocumentMetadata.Published, Raw.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null);
            Put(builder, DocumentMetadata.Authors, Strings());
            Put(builder, DocumentMetadata.Publisher, String());
            Put(builder, DocumentMetadata.Site, String());
            Put(builder, DocumentMetadata.Language, String());
            return builder.ToImmutable();
        }

        private static void Put<T>(ImmutableSortedDictionary<string, string>.Builder metadata, MetadataKey<T> key, T value)
        {
            if (key.Write(value) is { } text) metadata[key.Name] = text;
        }

        private ImmutableArray<string> Strings()
        {
            var items = ImmutableArray.CreateBuilder<string>(Count());
            for (var i = 0; i < items.Capacity; i++) items.Add(String()!);
            return items.MoveToImmutable();
        }

        private ImmutableArray<SourceSpan> Spans()
        {
            var items = ImmutableArray.CreateBuilder<SourceSpan>(Count());
            for (var i = 0; i < items.Capacity; i++) items.Add(Span());
            return items.MoveToImmutable();
        }

        private ImmutableArray<Sentence> Sentences(string documentId, SourceSpan document)
        {
            var items = ImmutableArray.CreateBuilder<Sentence>(Count());
            var (lastEnd, lastLine) = (document.Start, document.Line);
            for (var i = 0; i < items.Capacity; i++)
            {
                var id = String() ?? $"{documentId}.{i + 1}";
                var span = Version == FirstVersion ? Span() : RelativeSpan(lastEnd, lastLine);
                (lastEnd, lastLine) = (span.End, span.EndLine);
                var isClaim = Raw.ReadBoolean();
                // The text is what the span decodes to: the host checked exactly that before it was cached.
                var text = source.TextOf(span);
                var tags = Tags();
                // Numbered tags were pooled as they were read; older records pool each occurrence.
                if (Version <= UnnumberedTagsVersion) tags = pool?.Tags(tags) ?? tags;
                items.Add(new Sentence(id, pool?.Text(text) ?? text, span, isClaim) { Tags = tags });
            }
            return items.MoveToImmutable();
        }

        public void Dispose() => Raw.Dispose();
    }
}
