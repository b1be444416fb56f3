using Processor.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Processor.Plugins.Tagger.Entities;

/// <summary>Entities with aliases, matched in one pass over a text by an <see cref="AliasMatcher"/>.</summary>
internal sealed class Gazetteer
{
    private Gazetteer(IReadOnlyList<Entity> entities)
    {
        Entities = entities;
        Matcher = new AliasMatcher(entities.SelectMany(e => e.Aliases.Append(e.Name).Distinct().Select(a => (a, e))));
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<Entity> Entities { get; }

    public AliasMatcher Matcher { get; }

    /// <summary>Reads a gazetteer; problems are reported as <c>file(line,col)</c> through <see cref="PluginOptionsException"/>.</summary>
    public static Gazetteer Load(string path)
    {
        GazetteerFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            file = deserializer.Deserialize<GazetteerFile>(File.ReadAllText(path)) ?? new GazetteerFile();
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            throw new PluginOptionsException("gazetteer", $"{path}({e.Start.Line},{e.Start.Column}): {inner}");
        }
        var entities = new List<Entity>();
        foreach (var entry in file.Entities)
        {
            if (string.IsNullOrWhiteSpace(entry.Id))
                throw new PluginOptionsException("gazetteer", $"{path}: every entity needs an 'id'");
            entities.Add(new Entity(entry.Id, entry.Name ?? entry.Aliases.FirstOrDefault() ?? entry.Id, entry.Type, entry.Aliases));
        }
        var duplicate = entities.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new PluginOptionsException("gazetteer", $"{path}: entity id '{duplicate.Key}' appears twice");
        return new Gazetteer(entities);
    }

    /// <summary>
    /// One shared tag per (entity, alias as written): tags are immutable, and a corpus mentions the same
    /// entity hundreds of thousands of times, so sharing them keeps memory flat.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Alias), Tag> _tags = new();

    private static bool HasEntity(List<Tag> tags, string id)
    {
        foreach (var tag in tags)
            if (tag.Value == id) return true;
        return false;
    }

    /// <summary>Entity tags for every alias found in <paramref name="sentence"/>, each entity once.</summary>
    public IReadOnlyList<Tag> Tag(Sentence sentence)
    {
        List<Tag>? tags = null;
        foreach (var match in Matcher.Find(sentence.Text))
        {
            if (tags is not null && HasEntity(tags, match.Entity.Id)) continue;
            var alias = sentence.Text.Substring(match.Start, match.Length);
            (tags ??= []).Add(_tags.GetOrAdd((match.Entity.Id, alias), static (key, entity) => new Tag(TagKinds.Entity, key.Id)
                .With(TagKeys.Name, entity.Name)
                .With(TagKeys.Type, entity.Type)
                .With(TagKeys.Alias, key.Alias), match.Entity));
        }
        return tags ?? (IReadOnlyList<Tag>)[];
    }
}
