using System.Collections.Immutable;
using Processor.Abstractions;
using Processor.Plugins.Tagger.Documents;
using Processor.Plugins.Tagger.Entities;
using Processor.Plugins.Tagger.Figures;
using Processor.Plugins.Tagger.Speakers;

namespace Processor.Plugins.Tagger;

/// <summary>Runs the enabled taggers over one document and its sentences.</summary>
internal sealed class TaggerStage(TaggerOptions options, Gazetteer gazetteer) : IDocumentStage
{
    private readonly FigureExtractor _figures = new(options.FigureNouns);
    private readonly SpeakerExtractor _speakers = new();
    private readonly DocumentMetadataExtractor _metadata = new();

    public Document Process(Document document, SourceText source, IStageContext context)
    {
        if (options.DocumentMetadata) document = _metadata.Apply(document, source);
        string? lastSpeaker = null;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var tags = sentence.Tags.ToBuilder();
            if (options.Entities) tags.AddRange(gazetteer.Tag(sentence, source));
            var hasDigit = sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            if (options.Figures && hasDigit)
            {
                // A figure is about the sentence's first entity ("some 3,000 MEK members" → mek).
                var about = tags.FirstOrDefault(t => t.Kind == "entity")?.Value;
                tags.AddRange(_figures.Extract(sentence.Text).Select(f => about is null ? f : f.With("entity", about)));
            }
            if (options.Speakers && _speakers.Extract(sentence.Text, ref lastSpeaker) is { } speaker) tags.Add(speaker);
            if (hasDigit)
                foreach (var (date, _, _) in Documents.DateParser.FindAll(sentence.Text))
                    tags.Add(new Tag("date", date.ToString("yyyy-MM-dd")));
            sentences.Add(tags.Count == sentence.Tags.Length ? sentence : sentence with { Tags = tags.ToImmutable() });
        }
        return document with { Sentences = sentences.MoveToImmutable() };
    }
}
