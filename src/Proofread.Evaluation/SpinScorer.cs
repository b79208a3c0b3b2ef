using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>
/// Scores predictions against true substitutions. A prediction is correct when its span
/// overlaps a true substitution. A substitution is restored when replacing the prediction's
/// span by a suggestion makes the text over both spans read exactly as the original (so a
/// finding may cover a little more or less than the substitution and still restore it).
/// </summary>
public static class SpinScorer
{
    /// <summary>Scores one spun text.</summary>
    public static SpinMetrics Score(string spun, IReadOnlyList<Substitution> truths, IReadOnlyList<Prediction> predictions)
    {
        var correct = predictions.Count(p => truths.Any(t => Overlaps(p.Span, t.Span)));
        int detected = 0, top1 = 0, top3 = 0;
        foreach (var truth in truths)
        {
            var overlapping = predictions.Where(p => Overlaps(p.Span, truth.Span)).ToList();
            if (overlapping.Count == 0)
            {
                continue;
            }

            detected++;
            var best = overlapping.Select(p => RankOfRestoration(spun, truths, truth, p)).Min();
            if (best == 0)
            {
                top1++;
            }

            if (best < 3)
            {
                top3++;
            }
        }

        return new SpinMetrics(truths.Count, predictions.Count, correct, detected, top1, top3);
    }

    /// <summary>Whether two spans overlap; an empty span touching or inside the other counts.</summary>
    public static bool Overlaps(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b)
        || (a.IsEmpty && a.Start >= b.Start && a.Start <= b.End)
        || (b.IsEmpty && b.Start >= a.Start && b.Start <= a.End);

    // The 0-based rank of the first suggestion that restores the truth, or int.MaxValue.
    private static int RankOfRestoration(string spun, IReadOnlyList<Substitution> truths, Substitution truth, Prediction prediction)
    {
        var union = TextSpan.FromBounds(Math.Min(truth.Span.Start, prediction.Span.Start), Math.Max(truth.Span.End, prediction.Span.End));

        // Other truths inside the union are expected restored too, with their first original.
        var inside = truths.Where(t => union.Contains(t.Span)).OrderBy(t => t.Span.Start).ToList();
        var expected = Expectations(spun, union, inside, truth).ToHashSet(StringComparer.Ordinal);
        for (var rank = 0; rank < prediction.Suggestions.Length; rank++)
        {
            var restored = spun[union.Start..prediction.Span.Start] + prediction.Suggestions[rank] + spun[prediction.Span.End..union.End];
            if (expected.Contains(Normalize(restored)))
            {
                return rank;
            }
        }

        return int.MaxValue;
    }

    private static IEnumerable<string> Expectations(string spun, TextSpan union, List<Substitution> inside, Substitution truth)
    {
        foreach (var original in truth.Originals)
        {
            var builder = new System.Text.StringBuilder();
            var position = union.Start;
            foreach (var t in inside)
            {
                builder.Append(spun, position, t.Span.Start - position);
                builder.Append(ReferenceEquals(t, truth) ? original : t.Originals[0]);
                position = t.Span.End;
            }

            builder.Append(spun, position, union.End - position);
            yield return Normalize(builder.ToString());
        }
    }

    // Restorations are compared with runs of spaces collapsed: spacing is not what is measured.
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Converts a list of per-file metrics into one total.</summary>
    public static SpinMetrics Total(IEnumerable<SpinMetrics> metrics) => metrics.Aggregate(SpinMetrics.Zero, SpinMetrics.Add);

    /// <summary>Per-rule metrics: each rule's predictions scored alone against all truths.</summary>
    public static ImmutableSortedDictionary<string, SpinMetrics> ByRule(string spun, IReadOnlyList<Substitution> truths, IReadOnlyList<Prediction> predictions) =>
        predictions.GroupBy(p => p.Rule, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => Score(spun, truths, [.. g]), StringComparer.Ordinal);
}
