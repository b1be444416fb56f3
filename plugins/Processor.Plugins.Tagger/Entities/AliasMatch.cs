namespace Processor.Plugins.Tagger.Entities;

/// <summary>An alias found at char range <c>[Start, Start+Length)</c> of a text.</summary>
internal readonly record struct AliasMatch(int Start, int Length, Entity Entity);
