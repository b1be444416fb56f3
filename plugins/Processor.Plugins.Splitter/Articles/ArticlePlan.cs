namespace Processor.Plugins.Splitter.Articles;

/// <summary>An article as a range of classified lines <c>[First, Last]</c>, and why it starts where it does.</summary>
internal sealed record ArticlePlan(int First, int Last, string Reason);
