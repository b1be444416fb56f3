using System.Collections.Immutable;
using System.Globalization;

namespace Processor.Abstractions;

/// <summary>
/// The name of a piece of document metadata (<see cref="Document.Metadata"/>) and what it means. Any plugin can define
/// its own key without an SDK release, named like a tag kind: a plain word is the SDK's own (<see cref="DocumentMetadata"/>),
/// a name with a dot (<c>watchlist.region</c>) a team plugin's. Values are stored as text, so the host can keep and
/// export a key it does not know; <see cref="MetadataKey{T}"/> reads and writes them typed.
/// </summary>
public abstract class MetadataKey
{
    /// <summary>Creates a key; <paramref name="name"/> is letters, digits, '.', '-' and '_' only.</summary>
    private protected MetadataKey(string name, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new ArgumentException($"metadata key '{name}' may use letters, digits, '.', '-' and '_' only", nameof(name));
        Name = name;
        Description = description;
    }

    /// <summary>The key's name, as stored and exported (<c>published</c>, <c>watchlist.region</c>).</summary>
    public string Name { get; }

    /// <summary>What the value says, for the plugin's documentation (the host does not read it).</summary>
    public string Description { get; }

    /// <summary>A key whose value is one line of text (a name, a code). Absent: null.</summary>
    public static MetadataKey<string?> Text(string name, string description) =>
        new(name, description, null, value => string.IsNullOrWhiteSpace(value) ? null : value, text => text);

    /// <summary>A key whose value is a calendar date, stored as <c>yyyy-MM-dd</c>. Absent (or stored text that is no such date): null.</summary>
    public static MetadataKey<DateOnly?> Date(string name, string description) =>
        new(name, description, null,
            value => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    /// <summary>
    /// A key whose value is a list of texts in order (names). Stored one per line, so a line break inside an item
    /// becomes a space. Absent: the empty list.
    /// </summary>
    public static MetadataKey<ImmutableArray<string>> TextList(string name, string description) =>
        new(name, description, [],
            value => value.IsDefaultOrEmpty ? null : string.Join('\n', value.Select(OneLine)),
            text => [.. text.Split('\n')]);

    private static string OneLine(string item) =>
        item.AsSpan().IndexOfAny('\r', '\n') < 0 ? item : item.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
