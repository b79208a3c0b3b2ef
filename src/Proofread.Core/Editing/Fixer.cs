using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Pipeline;

namespace Proofread.Editing;

/// <summary>The outcome of fixing a document: the corrected text and the edits that made it.</summary>
/// <param name="Original">The text before any fix.</param>
/// <param name="Fixed">The text after every pass.</param>
/// <param name="Passes">The edits applied in each pass, in order.</param>
public sealed record FixResult(string Original, string Fixed, ImmutableArray<ImmutableArray<TextEdit>> Passes)
{
    /// <summary>Whether any edit was applied.</summary>
    public bool Changed => !string.Equals(Original, Fixed, StringComparison.Ordinal);

    /// <summary>How many edits were applied over all passes.</summary>
    public int EditCount => Passes.Sum(p => p.Length);
}

/// <summary>
/// Applies best suggestions, re-analyses and repeats until nothing changes (at most
/// <see cref="MaxPasses"/> passes), so fixing a fixed text is a no-op.
/// </summary>
public static class Fixer
{
    /// <summary>Upper bound on passes, against rules that would undo each other forever.</summary>
    public const int MaxPasses = 8;

    /// <summary>Fixes <paramref name="document"/>; <paramref name="reload"/> rebuilds a document from new text.</summary>
    public static FixResult Fix(ProofreadPipeline pipeline, Document document, Func<string, Document> reload)
    {
        var passes = ImmutableArray.CreateBuilder<ImmutableArray<TextEdit>>();
        var current = document;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var edits = EditResolver.Resolve(pipeline.Analyze(current));
            if (edits.IsEmpty)
            {
                break;
            }

            var text = TextEditApplier.Apply(current.Text, edits);
            if (string.Equals(text, current.Text, StringComparison.Ordinal))
            {
                break;
            }

            passes.Add(edits);
            current = reload(text);
        }

        return new FixResult(document.Text, current.Text, passes.ToImmutable());
    }
}
