namespace Processor.Plugins.Splitter.Lines;

/// <summary>What a line is, as far as article structure goes.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>Template text: navigation, share buttons, footers, repeated labels. Never a sentence.</summary>
    Boilerplate,

    /// <summary>A post's date with its comment count ("November 16, 2019 0 comments"): ends a post in blog listings.</summary>
    PostMeta,

    /// <summary>"Read more": ends a teaser.</summary>
    ReadMore,

    /// <summary>"By X", "Presenter: X", "X and Y, BBC News", "Translated by …": credits, not claims.</summary>
    Byline,

    /// <summary>A short "Name," line that signs off an article.</summary>
    SignOff,

    /// <summary>A short line without final punctuation: headline, sub-heading or label.</summary>
    Heading,

    /// <summary>A "[1] …" reference or a "Sources:" header.</summary>
    Reference,

    /// <summary>Body text.</summary>
    Text,
}
