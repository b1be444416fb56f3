namespace Processor.Abstractions;

/// <summary>
/// The tag kinds the built-in plugins write and read: the vocabulary one plugin leaves for another (docs/writing-a-plugin.md,
/// "Tags other plugins read"). A plain word is a built-in kind; a kind with a dot (<c>watchlist.alert</c>) is a team plugin's
/// own, and the renderer shows each such kind as a section of the digest — except kinds under <see cref="LinePrefix"/>,
/// which mark lines of a document for other plugins and are never shown.
/// </summary>
public static class TagKinds
{
    /// <summary>
    /// On a sentence: a known entity it names. Value: the entity id; attributes <see cref="TagKeys.Name"/>,
    /// <see cref="TagKeys.Alias"/>, <see cref="TagKeys.Type"/>.
    /// </summary>
    public const string Entity = "entity";

    /// <summary>
    /// On a sentence: a number and what it counts. Value: the number; attributes <see cref="TagKeys.Text"/>,
    /// <see cref="TagKeys.Counts"/>, <see cref="TagKeys.Unit"/>, <see cref="TagKeys.Qualifier"/>, <see cref="TagKeys.Measure"/> and more.
    /// </summary>
    public const string Figure = "figure";

    /// <summary>On a sentence: who says it. Value: the speaker's name; attributes <see cref="TagKeys.Speech"/> and <see cref="TagKeys.Verb"/>.</summary>
    public const string Speaker = "speaker";

    /// <summary>On a sentence: a proper name that is not a known entity. Value: the name.</summary>
    public const string Name = "name";

    /// <summary>On a sentence: the kind of claim it makes. Value: fact, opinion, quote, question or testimony.</summary>
    public const string ClaimKind = "kind";

    /// <summary>On a document: its publication date (ISO 8601).</summary>
    public const string Date = "date";

    /// <summary>On a document: the address the page was scraped from.</summary>
    public const string Url = "url";

    /// <summary>On a document: the outlet that republished an article first printed elsewhere.</summary>
    public const string RepublishedBy = "republished-by";

    /// <summary>The prefix of line marks: tags a splitter puts on a document for other plugins, never shown in a digest.</summary>
    public const string LinePrefix = "line.";

    /// <summary>On a document: a byline line ("By Jane Doe, Reuters"), its span the line; the tagger reads the author from it.</summary>
    public const string Byline = LinePrefix + "byline";

    /// <summary>On a document: a closing signature ("— Jane Doe"), its span the line.</summary>
    public const string SignOff = LinePrefix + "sign-off";

    /// <summary>On a document: a line of post metadata ("Posted on … by …").</summary>
    public const string PostMeta = LinePrefix + "post-meta";

    /// <summary>Whether a kind marks lines for other plugins (never shown).</summary>
    public static bool IsLineMark(string kind) => kind.StartsWith(LinePrefix, StringComparison.Ordinal);

    /// <summary>Whether a kind is a plugin's own (has a namespace): the renderer gives each such kind a digest section.</summary>
    public static bool IsPluginSection(string kind) => kind.Contains('.') && !IsLineMark(kind);
}
