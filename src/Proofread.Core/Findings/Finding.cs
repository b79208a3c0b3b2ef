using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Findings;

/// <summary>
/// One problem found in a document. <see cref="Text"/> is exactly the document's text at
/// <see cref="Span"/>; suggestions replace that span and are ranked best first.
/// </summary>
public sealed record Finding(
    RuleDescriptor Rule,
    TextSpan Span,
    string Text,
    string Message,
    Severity Severity,
    ImmutableArray<Suggestion> Suggestions)
{
    /// <summary>The rule's category.</summary>
    public FindingCategory Category => Rule.Category;

    /// <summary>The best suggestion, if any.</summary>
    public Suggestion? BestSuggestion => Suggestions.IsDefaultOrEmpty ? null : Suggestions[0];

    /// <summary>Creates a finding on <paramref name="document"/> with the rule's default severity.</summary>
    public static Finding Create(
        Document document,
        RuleDescriptor rule,
        TextSpan span,
        string message,
        IEnumerable<Suggestion>? suggestions = null,
        Severity? severity = null) =>
        new(
            rule,
            span,
            document.Text.Substring(span.Start, span.Length),
            message,
            severity ?? rule.DefaultSeverity,
            suggestions is null ? [] : [.. suggestions.OrderByDescending(s => s.Confidence)]);
}
