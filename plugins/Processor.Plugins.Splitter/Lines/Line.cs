namespace Processor.Plugins.Splitter.Lines;

/// <summary>
/// One line of a source: <see cref="Start"/>/<see cref="End"/> are the byte range of its trimmed content
/// (no indentation, no trailing spaces or CR/LF), <see cref="Number"/> is 1-based, <see cref="Text"/> the decoded content.
/// </summary>
internal readonly record struct Line(int Number, int Start, int End, string Text)
{
    public bool IsBlank => Start == End;

    public int WordCount => Text.Length == 0 ? 0 : Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
