using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Pipeline;

/// <summary>
/// An analyser: a pure, thread-safe function of a document and the shared immutable resources
/// it was built with. It reports findings only for the rules it declares.
/// </summary>
public interface IAnalyzer
{
    /// <summary>The rules this analyser can report.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Finds problems in <paramref name="document"/> for the rules in <paramref name="enabledRules"/>.</summary>
    IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules);
}
