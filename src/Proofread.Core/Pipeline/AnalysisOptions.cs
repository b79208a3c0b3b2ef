namespace Proofread.Pipeline;

/// <summary>Options that filter what the pipeline reports.</summary>
/// <param name="Rules">Which rules run.</param>
/// <param name="MinConfidence">Suggestions below this confidence are dropped, and so are findings left with none.</param>
public sealed record AnalysisOptions(RuleSelection Rules, double MinConfidence = 0)
{
    /// <summary>Default rules, every confidence.</summary>
    public static AnalysisOptions Default { get; } = new(RuleSelection.Default);
}
