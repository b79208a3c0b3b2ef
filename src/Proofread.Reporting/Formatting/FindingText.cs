using System.Text;
using Proofread.Findings;

namespace Proofread.Reporting.Formatting;

/// <summary>Wording shared by the formats that carry one message string per finding.</summary>
public static class FindingText
{
    /// <summary>
    /// The finding's message followed by its suggestions, on one line:
    /// "Spun name. Suggestions: Health Organization (88%), Health Organisation (10%)".
    /// </summary>
    public static string MessageWithSuggestions(Finding finding)
    {
        var builder = new StringBuilder(finding.Message);
        if (!finding.Suggestions.IsDefaultOrEmpty)
        {
            builder.Append(finding.Message.EndsWith('.') || finding.Message.Length == 0 ? " " : ". ")
                .Append(finding.Suggestions.Length == 1 ? "Suggestion: " : "Suggestions: ");
            for (var i = 0; i < finding.Suggestions.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                builder.Append(finding.Suggestions[i].Text)
                    .Append(" (")
                    .Append(TextReportFormatter.Percent(finding.Suggestions[i].Confidence))
                    .Append(')');
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>The rule's title and id: "Spun name (spin.phrasebook)".</summary>
    public static string Title(RuleDescriptor rule) => $"{rule.Title} ({rule.Id})";
}
