namespace Proofread.Findings;

/// <summary>What a rule is, as data: its stable id, wording, category and default severity.</summary>
/// <param name="Id">Stable id, lower-case and dotted ("spin.phrasebook").</param>
/// <param name="Title">A short name for lists and SARIF.</param>
/// <param name="Category">The kind of problem.</param>
/// <param name="DefaultSeverity">Severity unless configured otherwise.</param>
/// <param name="Description">One or two sentences on what the rule finds and why it matters.</param>
/// <param name="EnabledByDefault">Whether the rule runs without <c>--enable</c>.</param>
/// <param name="HelpUri">Where the rule is documented, if anywhere.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    FindingCategory Category,
    Severity DefaultSeverity,
    string Description,
    bool EnabledByDefault = true,
    string? HelpUri = null);
