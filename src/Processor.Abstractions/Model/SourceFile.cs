namespace Processor.Abstractions;

/// <summary>One input file of the corpus.</summary>
/// <param name="Id">Stable id derived from <paramref name="Path"/> (the same file keeps its id across runs).</param>
/// <param name="Path">Path relative to the pipeline file's folder, with '/' separators.</param>
/// <param name="FullPath">Absolute path on this machine; never written into a digest.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Bytes">Length of the file in bytes.</param>
public sealed record SourceFile(string Id, string Path, string FullPath, string Sha256, long Bytes)
{
    /// <summary>Lower-case file extension without the dot ("txt", "html", "jsonl", …).</summary>
    public string Extension => System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();

    /// <summary>
    /// The extensions Processor reads (plain text, Markdown, HTML, JSON Lines); a file without an extension is read as
    /// plain text. Any other file is reported as skipped rather than read as text by mistake.
    /// </summary>
    public static IReadOnlySet<string> ReadableExtensions { get; } =
        new HashSet<string>(["txt", "text", "md", "markdown", "html", "htm", "xhtml", "jsonl", "ndjson", ""], StringComparer.Ordinal);

    /// <summary>How the file's bytes encode its text, from its extension.</summary>
    public SourceFormat Format => Extension switch
    {
        "jsonl" or "ndjson" => SourceFormat.JsonLines,
        "html" or "htm" or "xhtml" => SourceFormat.Html,
        _ => SourceFormat.Text,
    };
}
