namespace Processor.Plugins.Splitter.Html;

/// <summary>What a block of page text is, from the element that holds it.</summary>
internal enum BlockKind
{
    Text,
    Heading,
    ListItem,
    Cell,
    Quote,
    Code,
}

/// <summary>
/// A run of page text between two block boundaries: characters <c>[Start, End)</c> of the page, from the first to the
/// last character of text (inline markup between them is part of the run; removed markup ends it).
/// </summary>
internal readonly record struct TextBlock(int Start, int End, BlockKind Kind, int Letters);
