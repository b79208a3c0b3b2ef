using System.Collections.Immutable;

namespace Proofread.Evaluation.Spinning;

/// <summary>A text before and after spinning, with the substitutions on the spun side.</summary>
public sealed record SpunPair(string Original, string Spun, ImmutableArray<Substitution> Substitutions, double Rate);
