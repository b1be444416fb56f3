using System.Text;
using Processor.Plugins.Splitter.Boilerplate;

namespace Processor.Plugins.Splitter.Html;

/// <summary>
/// Finds bylines a page writes out instead of marking them: a run of text that opens with a label ("Posted by",
/// "Written by:", "Autor:", "Auteur :") and the text that follows it up to the next line break or block, wherever the
/// markup puts the name ("&lt;h5&gt;Autor:&lt;/h5&gt;Peter Muster", "&lt;h4&gt;Autor&lt;/h4&gt;&lt;p&gt;&lt;a&gt;Erika Muster&lt;/a&gt;").
/// Fed the page's nodes in document order, so the search costs one pass with the other facts.
/// </summary>
internal sealed class LabelledBylineReader(List<(HtmlNode Node, string Text)> into, string page)
{
    /// <summary>More than a byline: a label followed by a sentence is prose ("Von der Kommission heißt es …").</summary>
    private const int MaxLength = 100;

    private HtmlNode? _label;
    private readonly StringBuilder _text = new();
    private bool _named;
    private int _labelLength;

    public void Next(HtmlNode node)
    {
        if (node.IsText)
        {
            if (node.Parent is { } parent && Boilerplate.IsNeverText(parent)) return;
            // Only a short run can open a byline: longer ones are not decoded (a page has thousands of runs).
            var raw = page.AsSpan(node.Start, node.End - node.Start).Trim();
            if (raw.IsEmpty || _label is null && (raw.Length > 4 * MaxLength || !char.IsLetter(raw[0]))) return;
            var run = Text.Fold(System.Net.WebUtility.HtmlDecode(raw.ToString()));
            if (run.Length == 0) return;
            if (_label is not null)
            {
                _text.Append(' ').Append(run);
                _named = true;
                if (_text.Length > MaxLength) Finish();
                return;
            }
            if (run.Length <= MaxLength && BylineReader.WrittenOutLabel().Match(run) is { Success: true } label)
            {
                _label = node.Parent ?? node;
                _text.Clear().Append(run);
                _named = label.Length < run.Length;
                _labelLength = label.Length;
            }
            return;
        }
        if (_label is not null && _named && (node.Tag == "br" || IsBlock(node.Tag))) Finish();
    }

    /// <summary>Records the byline being read, if any.</summary>
    public void Finish()
    {
        if (_label is not null && _named && _text.Length <= MaxLength && NamesAfter(_text.ToString(_labelLength, _text.Length - _labelLength)) is { } names)
            into.Add((_label, names));
        _label = null;
        _named = false;
    }

    /// <summary>Particles that sit inside names ("Ursula von der Leyen", "A und B"); any other lower-case word is prose.</summary>
    private static readonly HashSet<string> Particles =
        ["von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la", "le", "y", "e", "und", "and", "et", "mit", "with", "bin", "al", "ten", "ter", "zu"];

    /// <summary>
    /// The names after the label, up to a separator, a date or a time ("Posted by Konstantin @ 12:00", "Autor: Erika
    /// Muster | 03.11.2021"), or null when the words there are not names: a heading that opens "Von Sprachregeln,
    /// Gender-Politik und ganz normalem Deutsch" is a title, not a byline. A single word may be a user name in any case.
    /// </summary>
    private static string? NamesAfter(string rest)
    {
        var cut = rest.IndexOfAny(['|', '•', '·', '@', '(', '\n', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        if (cut >= 0) rest = rest[..cut];
        var words = rest.Split([' ', ',', ';', '/', ':', '：', '、'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12) return null;
        return words.Length == 1 || words.All(w => !char.IsLower(w[0]) || Particles.Contains(w)) ? rest.Trim() : null;
    }

    private static bool IsBlock(string tag) => tag is "p" or "div" or "li" or "ul" or "ol" or "dd" or "dt" or "td" or "tr" or "table"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "header" or "footer" or "blockquote" or "hr";
}
