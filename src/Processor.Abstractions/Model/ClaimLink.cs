using System.Collections.Immutable;

namespace Processor.Abstractions;

/// <summary>
/// A relation between claims that are not merged into one: the same fact stated in different sentences
/// (<see cref="ClaimLinkKind.SameFact"/>), or sources that give different figures for one quantity
/// (<see cref="ClaimLinkKind.Conflict"/>).
/// </summary>
/// <param name="Id">Stable id, derived from the linked claims.</param>
/// <param name="Kind">A <see cref="ClaimLinkKind"/> value (a plugin may add its own, prefixed like tag kinds).</param>
/// <param name="Basis">What the claims share, for a reader: the quantity of a conflict ("members of MEK in Albania"), the shared terms of a fact.</param>
/// <param name="Claims">The linked claims, each with the value it states when the link is about a figure.</param>
public sealed record ClaimLink(string Id, string Kind, string Basis, ImmutableArray<LinkedClaim> Claims);

/// <summary>One claim of a <see cref="ClaimLink"/>.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Value">For a conflict: the value it states, invariant culture ("2400").</param>
/// <param name="Text">For a conflict: the figure as the claim writes it ("around 2,400"), a substring of the claim's text.</param>
public sealed record LinkedClaim(string ClaimId, string? Value = null, string? Text = null);

/// <summary>The kinds of <see cref="ClaimLink"/> the built-in deduplicator makes.</summary>
public static class ClaimLinkKind
{
    /// <summary>Claims of different sources that state one fact in different sentences.</summary>
    public const string SameFact = "same-fact";

    /// <summary>Claims that give different values for one quantity.</summary>
    public const string Conflict = "conflict";
}
