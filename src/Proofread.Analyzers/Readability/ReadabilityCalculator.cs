using Proofread.Documents;

namespace Proofread.Analyzers.Readability;

/// <summary>Computes readability figures from a document's sentences and words.</summary>
public static class ReadabilityCalculator
{
    /// <summary>Stub: returns zeros until the calculator lands.</summary>
    public static ReadabilityScores Compute(Document document) =>
        new(document.Sentences.Length, document.WordCount, 0, 0, 0);
}
