using Proofread.Text;

namespace Proofread.Spin.Tests;

public sealed class PassageAggregateTests
{
    private static SpinSpan Span(int start, double p) =>
        new(new TextSpan(start, 3), p, [("x", p)], new SpinEvidence(CandidateSource.Thesaurus, "y", "x", 1, 0, 0));

    [Fact]
    public void The_first_pass_verdicts_are_features_of_their_own_beside_the_refined_ones()
    {
        // The refiner damped both spans to almost nothing; the first pass had seen them.
        var aggregate = new PassageAggregate();
        aggregate.AddFirstPass([Span(0, 0.6), Span(10, 0.3)]);
        aggregate.Add([Span(0, 0.01), Span(10, 0.01)]);

        var f = aggregate.Features(words: 100, new DocumentStatistics(-2.5, 0.4, ContentWords: 20));

        Assert.Equal(PassageScorer.FeatureNames.Count, f.Length);
        double[] expected =
        [
            0,                // suspicious-share: none at 0.5 after the refiner
            0.02 / 20,        // mean-probability per content word
            0.02 / 2,         // top-decile: the best 2 of 20 content words
            0,                // flagged-per-100-words (0.2 and over)
            -2.5,
            0.4,
            0.9 / 20,         // first-pass mean
            0.9 / 2,          // first-pass top decile
            2,                // first-pass flagged per 100 words
        ];
        Assert.Equal(expected, f, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_text_with_no_spans_has_zero_spin_features()
    {
        var f = new PassageAggregate().Features(words: 0, new DocumentStatistics(0, 0, ContentWords: 0));

        Assert.Equal(new double[PassageScorer.FeatureNames.Count], f);
    }
}
