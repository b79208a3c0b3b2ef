using Proofread.Documents;
using Proofread.Editing;

namespace Proofread.Rules;

/// <summary>An example that its rule gets wrong.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Example">The example.</param>
/// <param name="Problem">What went wrong, in one line.</param>
public sealed record ExampleFailure(RuleDefinition Rule, RuleExample Example, string Problem)
{
    /// <summary><c>file:line: rule: problem</c>.</summary>
    public override string ToString() => $"{Rule.File}:{Example.Line}: {Rule.Id}: {Problem}";
}

/// <summary>
/// Runs rule examples as tests: a bad example must be flagged and, with the first suggestion of
/// every finding applied, read exactly as its expected correction; a good example must not be flagged.
/// </summary>
public static class RuleExampleRunner
{
    /// <summary>The failures of every example of every rule in <paramref name="analyzer"/>'s packs.</summary>
    public static IReadOnlyList<ExampleFailure> Run(RulesAnalyzer analyzer) => [.. analyzer.Definitions.SelectMany(rule => Run(analyzer, rule))];

    /// <summary>The failures of one rule's examples.</summary>
    public static IEnumerable<ExampleFailure> Run(RulesAnalyzer analyzer, RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(rule);
        var enabled = new HashSet<string>(StringComparer.Ordinal) { rule.Id };
        foreach (var example in rule.Examples)
        {
            var document = Document.FromPlainText(example.Text);
            var findings = analyzer.Analyze(document, enabled).ToList();
            if (!example.IsBad)
            {
                if (findings.Count > 0)
                {
                    yield return new ExampleFailure(rule, example, $"good example flagged at '{findings[0].Text}': \"{example.Text}\"");
                }

                continue;
            }

            if (findings.Count == 0)
            {
                yield return new ExampleFailure(rule, example, $"bad example not flagged: \"{example.Text}\"");
                continue;
            }

            var corrected = TextEditApplier.Apply(example.Text, EditResolver.Resolve(findings));
            if (example.Correction is { } expected && !string.Equals(corrected, expected, StringComparison.Ordinal))
            {
                yield return new ExampleFailure(rule, example, $"corrected to \"{corrected}\", expected \"{expected}\"");
            }
        }
    }
}
