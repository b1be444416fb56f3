using System.Collections.Immutable;

namespace Processor.Plugins.Splitter.Html;

/// <summary>What a page says about itself: its headline, publication date, authors, site, address and language.</summary>
internal sealed record PageMetadata(string? Title, DateOnly? Published, ImmutableArray<string> Authors, string? Site, string? Url, string? Language);
