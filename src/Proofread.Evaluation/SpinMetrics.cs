namespace Proofread.Evaluation;

/// <summary>Counts behind precision, recall and restoration; they add up over files.</summary>
public sealed record SpinMetrics(int Truths, int Predictions, int CorrectPredictions, int DetectedTruths, int RestoredTop1, int RestoredTop3)
{
    /// <summary>No counts.</summary>
    public static SpinMetrics Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Share of flagged spans that overlap a true substitution.</summary>
    public double Precision => Ratio(CorrectPredictions, Predictions);

    /// <summary>Share of true substitutions that some flagged span overlaps.</summary>
    public double Recall => Ratio(DetectedTruths, Truths);

    /// <summary>Share of all true substitutions whose original the top suggestion restores exactly.</summary>
    public double ExactRestoration => Ratio(RestoredTop1, Truths);

    /// <summary>Share of detected substitutions whose original is among the top three suggestions.</summary>
    public double Top3AmongDetected => Ratio(RestoredTop3, DetectedTruths);

    /// <summary>Sums two sets of counts.</summary>
    public static SpinMetrics operator +(SpinMetrics a, SpinMetrics b) => new(
        a.Truths + b.Truths,
        a.Predictions + b.Predictions,
        a.CorrectPredictions + b.CorrectPredictions,
        a.DetectedTruths + b.DetectedTruths,
        a.RestoredTop1 + b.RestoredTop1,
        a.RestoredTop3 + b.RestoredTop3);

    /// <summary>Sums two sets of counts.</summary>
    public static SpinMetrics Add(SpinMetrics a, SpinMetrics b) => a + b;

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
