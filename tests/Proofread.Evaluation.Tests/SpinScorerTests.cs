using Proofread.Text;

namespace Proofread.Evaluation.Tests;

public sealed class SpinScorerTests
{
    private const string Spun = "The World Wellbeing Corporation said talk about media lied.";

    private static readonly Substitution[] Truths =
    [
        new(new TextSpan(10, 21), "Wellbeing Corporation", "Health Organization"),
        new(new TextSpan(37, 10), "talk about", "state"),
    ];

    [Fact]
    public void Exact_span_and_exact_suggestion_restore_top1()
    {
        var metrics = SpinScorer.Score(Spun, Truths, [new Prediction(new TextSpan(37, 10), ["state"])]);

        Assert.Equal(new SpinMetrics(2, 1, 1, 1, 1, 1), metrics);
        Assert.Equal(1.0, metrics.Precision);
        Assert.Equal(0.5, metrics.Recall);
        Assert.Equal(0.5, metrics.ExactRestoration);
    }

    [Fact]
    public void A_wider_finding_still_restores_when_its_text_reads_as_the_original()
    {
        // Flags "World Wellbeing Corporation" whole and suggests the whole name.
        var prediction = new Prediction(new TextSpan(4, 27), ["World Health Organization"]);

        var metrics = SpinScorer.Score(Spun, Truths, [prediction]);

        Assert.Equal(1, metrics.RestoredTop1);
    }

    [Fact]
    public void The_original_in_second_place_counts_for_top3_only()
    {
        var prediction = new Prediction(new TextSpan(37, 10), ["talk", "state", "national"]);

        var metrics = SpinScorer.Score(Spun, Truths, [prediction]);

        Assert.Equal((0, 1), (metrics.RestoredTop1, metrics.RestoredTop3));
    }

    [Fact]
    public void A_flag_on_clean_words_is_a_false_positive()
    {
        var metrics = SpinScorer.Score(Spun, Truths, [new Prediction(new TextSpan(32, 4), ["told"])]);

        Assert.Equal((1, 0, 0), (metrics.Predictions, metrics.CorrectPredictions, metrics.DetectedTruths));
        Assert.Equal(0.0, metrics.Precision);
    }

    [Fact]
    public void Metrics_add_up_over_files()
    {
        var a = new SpinMetrics(2, 1, 1, 1, 1, 1);
        var b = new SpinMetrics(3, 2, 1, 1, 0, 1);

        Assert.Equal(new SpinMetrics(5, 3, 2, 2, 1, 2), SpinScorer.Total([a, b]));
    }
}
