
namespace Proofread.Evaluation.Tests;

public sealed class RankingMetricsTests
{
    [Theory]
    [InlineData(new[] { 0.9, 0.8 }, new[] { 0.1, 0.2 }, 1.0)]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 0.9, 0.8 }, 0.0)]
    [InlineData(new[] { 0.5 }, new[] { 0.5 }, 0.5)]
    [InlineData(new[] { 0.9, 0.3 }, new[] { 0.5, 0.1 }, 0.75)]
    public void Auc_matches_hand_computed_values(double[] positives, double[] negatives, double expected)
    {
        Assert.Equal(expected, RankingMetrics.Auc(positives, negatives), 10);
    }

    [Fact]
    public void False_flags_are_counted_per_thousand_words()
    {
        Assert.Equal(2.5, RankingMetrics.PerThousandWords(5, 2000));
        Assert.Equal(0, RankingMetrics.PerThousandWords(3, 0));
    }
}
