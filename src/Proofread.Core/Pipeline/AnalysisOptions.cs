using Proofread.Findings;

namespace Proofread.Pipeline;

/// <summary>Options that filter what the pipeline reports.</summary>
/// <param name="Rules">Which rules run.</param>
/// <param name="MinConfidence">Suggestions below this confidence are dropped, and so are findings left with none.</param>
public sealed record AnalysisOptions(RuleSelection Rules, double MinConfidence = 0)
{
    /// <summary>Severities that replace rules' defaults, by rule id (from configuration); empty for none.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, Severity>.Empty;

    /// <summary>Default rules, every confidence.</summary>
    public static AnalysisOptions Default { get; } = new(RuleSelection.Default);
}
