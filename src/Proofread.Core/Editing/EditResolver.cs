using System.Collections.Immutable;
using Proofread.Findings;

namespace Proofread.Editing;

/// <summary>Turns findings into the non-overlapping edits that apply their best suggestions.</summary>
public static class EditResolver
{
    /// <summary>
    /// Takes the best suggestion of every finding that has one. Where spans overlap, the more
    /// confident edit wins (then the longer, then the earlier), so the result never depends on
    /// the order of <paramref name="findings"/>. Edits that change nothing are dropped.
    /// Touching spans are both kept. The result is sorted by position.
    /// </summary>
    public static ImmutableArray<TextEdit> Resolve(IEnumerable<Finding> findings)
    {
        var candidates = findings
            .Where(f => f.BestSuggestion is { } s && !string.Equals(s.Text, f.Text, StringComparison.Ordinal))
            .Select(f => (Edit: new TextEdit(f.Span, f.BestSuggestion!.Text), f.BestSuggestion!.Confidence, f.Rule.Id))
            .OrderByDescending(c => c.Confidence)
            .ThenByDescending(c => c.Edit.Span.Length)
            .ThenBy(c => c.Edit.Span.Start)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Edit.NewText, StringComparer.Ordinal);

        var chosen = new List<TextEdit>();
        foreach (var (edit, _, _) in candidates)
        {
            if (!chosen.Exists(e => Conflicts(e, edit)))
            {
                chosen.Add(edit);
            }
        }

        chosen.Sort((a, b) => a.Span.CompareTo(b.Span));
        return [.. chosen];
    }

    // Two insertions at one point, or an insertion inside a replaced span, are ambiguous too.
    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span)
        || (a.Span.IsEmpty && b.Span.IsEmpty && a.Span.Start == b.Span.Start)
        || (a.Span.IsEmpty && a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End)
        || (b.Span.IsEmpty && b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End);
}
