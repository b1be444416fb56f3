using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Tagger.Documents;
using Processor.Plugins.Tagger.Entities;
using Processor.Plugins.Tagger.Figures;
using Processor.Plugins.Tagger.Kinds;
using Processor.Plugins.Tagger.Speakers;

namespace Processor.Plugins.Tagger;

/// <summary>Runs the enabled taggers over one document and its sentences.</summary>
internal sealed class TaggerStage(TaggerOptions options, Gazetteer gazetteer, IReadOnlyList<System.Text.RegularExpressions.Regex> bylinePatterns) : IDocumentStage
{
    private readonly FigureExtractor _figures = new(options.FigureNouns);
    private readonly SpeakerExtractor _speakers = new();

    /// <summary>One shared tag per name: a syndicated corpus mentions the same names millions of times.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Tag> _nameTags = new(StringComparer.Ordinal);
    private readonly DocumentMetadataExtractor _metadata = new(options.DateFormats, bylinePatterns);

    public Document Process(Document document, SourceText source, IStageContext context)
    {
        if (options.DocumentMetadata) document = _metadata.Apply(document, source);
        string? lastSpeaker = null;
        var entities = document.Sentences.Select(s => options.Entities ? gazetteer.Tag(s) : (IReadOnlyList<Tag>)[]).ToList();
        var dominant = FigureSubject.Dominant(entities.SelectMany(e => e));
        var names = options.Speakers ? new Lazy<SpeakerNames>(() => SpeakerNames.Of(document.Sentences, entities), LazyThreadSafetyMode.None) : null;
        var turns = options.Speakers || options.Kinds ? InterviewTurns.Of(document.Sentences) : null;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        var tags = new List<Tag>();   // reused: most sentences get no tag, and then nothing is allocated for them
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var sentence = document.Sentences[i];
            tags.Clear();
            tags.AddRange(entities[i]);
            var hasDigit = sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            if (options.Figures && hasDigit)
                tags.AddRange(_figures.Extract(sentence.Text).Select(f => FigureSubject.Place(FigureSubject.About(f, sentence.Text, entities[i], dominant), entities[i])));
            var turn = turns?[i];
            // In an answer, a sentence that names its own speaker ("…,” Kodra said.) quotes that speaker; the rest is the interviewee's.
            var named = options.Speakers && turn is not { Interviewer: true } ? _speakers.Extract(sentence.Text, ref lastSpeaker, names) : null;
            var speaker = !options.Speakers ? null
                : turn is { } t && (t.Interviewer || named is null) ? new Tag(TagKinds.Speaker, t.Speaker).With(TagKeys.Speech, "interview").With(TagKeys.Verb, t.Interviewer ? "asked" : "answered")
                : named;
            if (speaker is not null) tags.Add(speaker);
            if (options.Kinds)
                tags.Add(ClaimKinds.Tag(turn is { Interviewer: true } ? ClaimKinds.Question
                    : ClaimKinds.Of(sentence.Text, speaker is not null || turn is not null, inAnswer: turn is not null)));
            // Claims only: headlines in title case would all look like names.
            if (options.Names && sentence.IsClaim)
                foreach (var name in NameCandidates.Find(sentence.Text, entities[i])) tags.Add(_nameTags.GetOrAdd(name, static n => new Tag(TagKinds.Name, n)));
            if (hasDigit)
                foreach (var (date, _, _) in Documents.DateParser.FindAll(sentence.Text))
                    tags.Add(new Tag(TagKinds.Date, date.ToString("yyyy-MM-dd")));
            if (tags.Count == 0) { sentences.Add(sentence); continue; }
            // From a span: ImmutableArray.AddRange(IEnumerable) goes through a generic enumerator copy and was a third of the tagger's time.
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tags);
            sentences.Add(sentence with { Tags = sentence.Tags.IsEmpty ? ImmutableArray.Create(all) : sentence.Tags.AddRange(all) });
        }
        return document with { Sentences = sentences.MoveToImmutable() };
    }
}
