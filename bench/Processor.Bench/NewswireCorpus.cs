using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Processor.Bench;

/// <summary>
/// The default benchmark corpus: real newswire (Reuters-21578, from ../shared/data/newswire) written as scrapes are.
/// Text files glue forty stories each (headline line, dateline, paragraphs; tables keep their lines), with a seed
/// file now and then. Stories come back in later files with small edits (a figure changed, a clause added, a last
/// sentence dropped), so exact and near duplicates occur as in syndicated news; a corpus larger than the wire
/// (22 MB) is made of such edited rounds. The HTML variant puts one story on a page with the usual navigation,
/// related links, footer and scripts. Deterministic: the same size gives the same files.
/// </summary>
public static class NewswireCorpus
{
    private const int StoriesPerFile = 40;

    public sealed record Story(string Title, string Dateline, DateTime Date, List<string> Paragraphs);

    /// <summary>The newswire file beside the repository (../shared/data/newswire/reuters21578.jsonl).</summary>
    public static string DataFile()
    {
        var repo = Path.GetDirectoryName(BenchCorpus.SeedsFolder())!;
        var path = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "newswire", "reuters21578.jsonl"));
        return File.Exists(path) ? path : throw new FileNotFoundException($"the newswire data is not at {path}; the newswire corpus needs ../shared/data");
    }

    public static List<Story> Load()
    {
        var stories = new List<Story>();
        foreach (var line in File.ReadLines(DataFile()))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var body = root.TryGetProperty("body", out var b) ? b.GetString() ?? "" : "";
            var title = root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            if (body.Trim().Length < 200 || title.Trim().Length == 0) continue;
            var dateline = root.TryGetProperty("dateline", out var d) ? (d.GetString() ?? "").Trim() : "";
            var date = root.TryGetProperty("date", out var dt) && DateTime.TryParseExact((dt.GetString() ?? "").Trim()[..Math.Min(11, (dt.GetString() ?? "").Trim().Length)],
                "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : new DateTime(1987, 3, 1);
            stories.Add(new Story(title.Trim(), dateline, date, Paragraphs(body)));
        }
        return stories;
    }

    /// <summary>Paragraphs start with an indented line; a table (lines of columns) keeps its line breaks.</summary>
    private static List<string> Paragraphs(string body)
    {
        body = body.Replace("\r", "").Trim();
        if (body.EndsWith("Reuter", StringComparison.Ordinal)) body = body[..^6].TrimEnd();
        var paragraphs = new List<string>();
        foreach (var raw in body.Split("\n    ", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = raw.Split('\n');
            var table = lines.Count(l => l.Contains("   ", StringComparison.Ordinal) || l.Count(char.IsDigit) > l.Length / 3) >= 2;
            var text = table ? string.Join('\n', lines.Select(l => l.TrimEnd())) : string.Join(' ', lines.Select(l => l.Trim()));
            if (text.Trim().Length > 0) paragraphs.Add(text.Trim('\n'));
        }
        return paragraphs;
    }

    /// <summary>A story as a later round prints it: about a third of its paragraphs edited.</summary>
    public static Story Edited(Story story, int round, Random random)
    {
        if (round == 0) return story;
        var paragraphs = story.Paragraphs.Select(p =>
        {
            if (p.Contains('\n') || random.NextDouble() > 0.33) return p;
            return random.Next(3) switch
            {
                0 => ChangeAFigure(p, random),
                1 => p.EndsWith('.') ? p[..^1] + ", according to people familiar with the matter." : p,
                _ => DropLastSentence(p),
            };
        }).ToList();
        return story with { Paragraphs = paragraphs };
    }

    private static string ChangeAFigure(string paragraph, Random random)
    {
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (!char.IsAsciiDigit(paragraph[i]) || i > 0 && (char.IsAsciiDigit(paragraph[i - 1]) || paragraph[i - 1] is '.' or ',')) continue;
            var end = i;
            while (end < paragraph.Length && char.IsAsciiDigit(paragraph[end])) end++;
            if (end - i > 4 || !int.TryParse(paragraph.AsSpan(i, end - i), out var value) || value is >= 1900 and <= 2000) continue;
            return paragraph[..i] + (value + 1 + random.Next(9)).ToString(CultureInfo.InvariantCulture) + paragraph[end..];
        }
        return paragraph;
    }

    private static string DropLastSentence(string paragraph)
    {
        var cut = paragraph.LastIndexOf(". ", paragraph.Length - 2, StringComparison.Ordinal);
        return cut > 40 ? paragraph[..(cut + 1)] : paragraph;
    }

    /// <summary>A story as plain text: headline, blank line, dateline and paragraphs separated by blank lines.</summary>
    public static string AsText(Story story)
    {
        var text = new StringBuilder();
        text.Append(story.Title).Append("\n\n");
        for (var i = 0; i < story.Paragraphs.Count; i++)
        {
            if (i == 0 && story.Dateline.Length > 0) text.Append(story.Dateline).Append(' ');
            text.Append(story.Paragraphs[i]).Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>A story on a web page, with the boilerplate real pages carry around it.</summary>
    public static string AsHtml(Story story, IReadOnlyList<Story> related)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .Append("<title>").Append(E(story.Title)).Append(" | Wire Daily</title>\n")
            .Append("<meta property=\"og:title\" content=\"").Append(E(story.Title)).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"Wire Daily\">\n")
            .Append("<meta property=\"article:published_time\" content=\"").Append(story.Date.ToString("yyyy-MM-dd'T'08:00:00'Z'", CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"/site.css\"><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head>\n")
            .Append("<body class=\"single-post\"><header class=\"site-header\"><a class=\"logo\" href=\"/\">Wire Daily</a>\n")
            .Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/markets\">Markets</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li></ul></nav></header>\n")
            .Append("<main><article class=\"post\"><h1 class=\"entry-title\">").Append(E(story.Title)).Append("</h1>\n")
            .Append("<div class=\"byline\">By <a rel=\"author\" href=\"/author/wire-staff\">Wire Staff</a> <time datetime=\"")
            .Append(story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">").Append(story.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("</time></div>\n")
            .Append("<div class=\"entry-content\">\n");
        for (var i = 0; i < story.Paragraphs.Count; i++)
        {
            var paragraph = story.Paragraphs[i];
            if (paragraph.Contains('\n')) html.Append("<pre>").Append(E(paragraph)).Append("</pre>\n");
            else html.Append("<p>").Append(i == 0 && story.Dateline.Length > 0 ? "<strong>" + E(story.Dateline) + "</strong> " : "").Append(E(paragraph)).Append("</p>\n");
        }
        html.Append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div></div>\n")
            .Append("<aside class=\"related\"><h3>Related stories</h3><ul>");
        foreach (var other in related) html.Append("<li><a href=\"/story\">").Append(E(other.Title)).Append("</a></li>");
        html.Append("</ul></aside></article></main>\n")
            .Append("<footer class=\"site-footer\"><p>&copy; 1987 Wire Daily. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></p></footer>\n")
            .Append("<script src=\"/analytics.js\"></script></body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes at least <paramref name="megabytes"/> MB of newswire scrapes into <paramref name="folder"/>.</summary>
    public static void WriteFolder(string folder, int megabytes, bool html)
    {
        Directory.CreateDirectory(folder);
        var file = 0;
        long written = 0;
        foreach (var content in Files(megabytes, html))
        {
            File.WriteAllText(Path.Combine(folder, $"wire_{file++:D6}.{(html ? "html" : "txt")}"), content);
            written += Encoding.UTF8.GetByteCount(content);
        }
        Console.WriteLine($"wrote {file} files, {written / 1_000_000.0:F1} MB of newswire {(html ? "pages" : "scrapes")} into {folder}");
    }

    /// <summary>The files of a corpus of at least <paramref name="megabytes"/> MB, in order.</summary>
    public static IEnumerable<string> Files(int megabytes, bool html)
    {
        var stories = Load();
        var seeds = BenchCorpus.SeedTexts();
        var random = new Random(7);
        long written = 0;
        var file = 0;
        for (var round = 0; written < megabytes * 1_000_000L; round++)
        {
            var order = Enumerable.Range(0, stories.Count).OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < order.Count && written < megabytes * 1_000_000L;)
            {
                string content;
                if (html)
                {
                    var story = Edited(stories[order[k]], round, random);
                    content = AsHtml(story, [.. Enumerable.Range(1, 5).Select(j => stories[order[(k + j) % order.Count]])]);
                    k++;
                }
                else
                {
                    var text = new StringBuilder();
                    for (var j = 0; j < StoriesPerFile && k < order.Count; j++, k++)
                        text.Append(AsText(Edited(stories[order[k]], round, random))).Append('\n');
                    // A seed file now and then: other sources, other shapes.
                    if (file % 50 == 49) text.Append(seeds[file / 50 % seeds.Length]);
                    content = text.ToString();
                }
                file++;
                written += Encoding.UTF8.GetByteCount(content);
                yield return content;
            }
        }
    }
}
