using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>Finds known spun and tortured phrases and proposes their original wording.</summary>
public sealed class PhrasebookAnalyzer : IAnalyzer
{
    /// <summary>The phrasebook rule.</summary>
    public static readonly RuleDescriptor Rule = new(
        "spin.phrasebook",
        "Known spun phrase",
        FindingCategory.Spin,
        Severity.Warning,
        "The phrase is a known product of article spinners or paraphrasing tools; the original wording is suggested.");

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    /// <summary>Stub: the built-in phrasebook.</summary>
    public static PhrasebookAnalyzer LoadDefault() => new();

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules) => [];
}
