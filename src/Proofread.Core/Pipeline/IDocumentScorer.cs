using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Pipeline;

/// <summary>
/// An analyser that also gives a whole document a score (the spin detector's probability that
/// the text was machine-spun). Pure and thread-safe like <see cref="IAnalyzer"/>.
/// </summary>
public interface IDocumentScorer
{
    /// <summary>What the score measures ("spin").</summary>
    string ScoreName { get; }

    /// <summary>
    /// The score of <paramref name="document"/>, between 0 and 1. <paramref name="findings"/> are
    /// every analyser's findings for it as reported (suppressions and disabled rules left out): a
    /// score may weigh other analysers' evidence too.
    /// </summary>
    double Score(Document document, IReadOnlyList<Finding> findings);
}
