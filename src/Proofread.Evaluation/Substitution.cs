using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>
/// A true substitution in a spun text: the span of spun wording and the original wording it
/// replaced (several originals where more than one restoration counts as right).
/// </summary>
public sealed record Substitution(TextSpan Span, string Spun, ImmutableArray<string> Originals)
{
    /// <summary>A substitution with a single original wording.</summary>
    public Substitution(TextSpan span, string spun, string original)
        : this(span, spun, [original])
    {
    }
}
