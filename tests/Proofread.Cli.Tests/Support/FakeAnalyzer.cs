using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Cli.Tests.Support;

/// <summary>
/// A small analyser with fixed rules, so the CLI tests do not depend on the phrasebook or any
/// model: literal phrases, matched at word boundaries in the document's prose.
/// </summary>
internal sealed class FakeAnalyzer : IAnalyzer
{
    public static readonly RuleDescriptor Typo = new("test.typo", "Common typo", FindingCategory.Spelling, Severity.Warning, "A common typing slip.");
    public static readonly RuleDescriptor Preposition = new("test.preposition", "Wrong preposition", FindingCategory.Grammar, Severity.Error, "Days take 'on'.");
    public static readonly RuleDescriptor Spin = new("test.spin", "Spun name", FindingCategory.Spin, Severity.Warning, "A spun organisation name.");
    public static readonly RuleDescriptor Intensifier = new("test.intensifier", "Weak intensifier", FindingCategory.Style, Severity.Info, "'very' rarely helps.");
    public static readonly RuleDescriptor Optional = new("test.optional", "Plan or scheme", FindingCategory.Style, Severity.Info, "Off by default.", EnabledByDefault: false);

    private static readonly (RuleDescriptor Rule, string Phrase, string Message, Suggestion[] Suggestions)[] Patterns =
    [
        (Typo, "teh", "'teh' is a typo.", [new Suggestion("the", 0.95)]),
        (Preposition, "in Thursday", "Use 'on' with days.", [new Suggestion("on Thursday", 0.8), new Suggestion("at Thursday", 0.1)]),
        (Spin, "Wellbeing Corporation", "Looks like a spun name.", [new Suggestion("Health Organization", 0.9)]),
        (Intensifier, "very", "Consider a stronger word.", []),
        (Optional, "plan", "Maybe 'scheme'.", [new Suggestion("scheme", 0.5)]),
    ];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Typo, Preposition, Spin, Intensifier, Optional];

    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        var text = document.Prose.ProseText;
        foreach (var (rule, phrase, message, suggestions) in Patterns)
        {
            if (!enabledRules.Contains(rule.Id))
            {
                continue;
            }

            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    yield return Finding.Create(document, rule, new TextSpan(at, phrase.Length), message, suggestions);
                }
            }
        }
    }
}
