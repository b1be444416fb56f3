using System.Text.RegularExpressions;
using Processor.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Processor.Plugins.Renderer.Publishers;

/// <summary>
/// Who publishes what (<c>publishers.yaml</c>): a document is credited to the outlet whose <c>match</c> names its
/// publisher (the origin of a republished article, from its byline or "translated by" line), else its site, else to
/// the outlet whose <c>files</c> pattern covers its source file. Without an entry, the document's own publisher or
/// site (or its file) is shown, of unknown kind and side.
/// </summary>
internal sealed class PublisherDirectory
{
    private readonly List<PublisherEntry> _entries;
    private readonly Dictionary<string, PublisherEntry> _byName;
    private readonly List<(Regex Pattern, PublisherEntry Entry)> _byFile;

    private PublisherDirectory(List<PublisherEntry> entries)
    {
        _entries = entries;
        _byName = new Dictionary<string, PublisherEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
            foreach (var m in e.Match.Append(e.Name))
                _byName.TryAdd(Normalise(m), e);
        _byFile = [.. entries.SelectMany(e => e.Files.Select(f => (Glob(f), e)))];
    }

    public static PublisherDirectory Empty { get; } = new([]);

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Reads the file; problems are reported with file, line and column.</summary>
    public static PublisherDirectory Load(string path)
    {
        PublishersFile file;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
            file = deserializer.Deserialize<PublishersFile>(File.ReadAllText(path)) ?? new PublishersFile();
        }
        catch (YamlException e)
        {
            throw new PluginOptionsException("publishers", $"{path}({e.Start.Line},{e.Start.Column}): {e.InnerException?.Message ?? e.Message}");
        }
        foreach (var entry in file.Publishers)
            if (string.IsNullOrWhiteSpace(entry.Name)) throw new PluginOptionsException("publishers", $"{path}: every publisher needs a 'name'");
        return new PublisherDirectory(file.Publishers);
    }

    /// <summary>The outlet of a document (its source's path relative to the pipeline for <c>files</c> patterns).</summary>
    public Outlet Of(Document? document, string sourcePath)
    {
        var publisher = document?.Get(DocumentMetadata.Publisher);
        var site = document?.Get(DocumentMetadata.Site);
        var entry = (publisher is not null ? Find(publisher) : null) ?? (site is not null ? Find(site) : null)
            ?? _byFile.FirstOrDefault(f => f.Pattern.IsMatch(sourcePath)).Entry;
        if (entry is not null) return new Outlet(entry.Name, entry.Kind, entry.Side, entry.Country);
        return new Outlet(publisher ?? site ?? sourcePath, null, [], null);
    }

    private PublisherEntry? Find(string name) => _byName.GetValueOrDefault(Normalise(name));

    /// <summary>"www.Example.org/" and "example.org" are one.</summary>
    private static string Normalise(string name)
    {
        var n = name.Trim().TrimEnd('/');
        if (n.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) n = n[8..];
        else if (n.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) n = n[7..];
        if (n.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) n = n[4..];
        return n;
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern.Replace('\\', '/')).Replace(@"\*\*/", "(.*/)?").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
