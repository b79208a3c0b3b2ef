using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Core.Tests.Pipeline;

public class ProofreadPipelineTests
{
    /// <summary>Reports fixed findings, whatever the document, and counts its calls.</summary>
    private sealed class FixedAnalyzer(RuleDescriptor[] rules, Func<Document, IEnumerable<Finding>> findings) : IAnalyzer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RuleDescriptor> Rules => rules;

        public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
        {
            Calls++;
            return findings(document);
        }
    }

    private static readonly RuleDescriptor s_a = new("spin.a", "A", FindingCategory.Spin, Severity.Warning, "d");
    private static readonly RuleDescriptor s_b = new("style.b", "B", FindingCategory.Style, Severity.Info, "d");
    private static readonly RuleDescriptor s_c = new("grammar.c", "C", FindingCategory.Grammar, Severity.Error, "d", EnabledByDefault: false);

    private static readonly Document s_document = Document.FromPlainText("one two three four");

    private static Finding F(RuleDescriptor rule, int start, int length, params double[] confidences) =>
        Finding.Create(s_document, rule, new TextSpan(start, length), "m", confidences.Select((c, i) => new Suggestion("s" + i, c)));

    [Fact]
    public void Findings_are_sorted_by_span_then_rule_id()
    {
        var first = new FixedAnalyzer([s_a], _ => [F(s_a, 8, 5), F(s_a, 0, 3), F(s_a, 4, 3)]);
        var second = new FixedAnalyzer([s_b], _ => [F(s_b, 4, 3), F(s_b, 0, 7), F(s_b, 0, 3)]);
        var pipeline = new ProofreadPipeline([first, second], AnalysisOptions.Default);
        Assert.Equal(
            ["spin.a[0..3)", "style.b[0..3)", "style.b[0..7)", "spin.a[4..7)", "style.b[4..7)", "spin.a[8..13)"],
            pipeline.Analyze(s_document).Select(f => f.Rule.Id + f.Span));
    }

    [Fact]
    public void Min_confidence_drops_weak_suggestions_and_findings_left_without_any()
    {
        var analyzer = new FixedAnalyzer([s_a], _ => [F(s_a, 0, 3, 0.9, 0.4), F(s_a, 4, 3, 0.3), F(s_a, 8, 5)]);
        var pipeline = new ProofreadPipeline([analyzer], AnalysisOptions.Default with { MinConfidence = 0.5 });
        var findings = pipeline.Analyze(s_document);

        // The finding that never had suggestions is kept: only suggestions are filtered.
        Assert.Equal([new TextSpan(0, 3), new TextSpan(8, 5)], findings.Select(f => f.Span));
        Assert.Equal([0.9], findings[0].Suggestions.Select(s => s.Confidence));
        Assert.Empty(findings[1].Suggestions);
    }

    [Fact]
    public void Zero_min_confidence_keeps_everything()
    {
        var analyzer = new FixedAnalyzer([s_a], _ => [F(s_a, 0, 3, 0.9, 0.0)]);
        var findings = new ProofreadPipeline([analyzer], AnalysisOptions.Default).Analyze(s_document);
        Assert.Equal(2, Assert.Single(findings).Suggestions.Length);
    }

    [Fact]
    public void Findings_of_disabled_rules_are_dropped_and_idle_analyzers_not_called()
    {
        var both = new FixedAnalyzer([s_a, s_b], _ => [F(s_a, 0, 3), F(s_b, 4, 3)]);
        var optional = new FixedAnalyzer([s_c], _ => [F(s_c, 0, 3)]);
        var options = new AnalysisOptions(new RuleSelection([], ["style"]));
        var pipeline = new ProofreadPipeline([both, optional], options);

        Assert.Equal(["spin.a"], pipeline.Analyze(s_document).Select(f => f.Rule.Id));
        Assert.Equal(0, optional.Calls);
        Assert.Equal(ImmutableHashSet.Create("spin.a"), pipeline.EnabledRules.ToImmutableHashSet());
        Assert.Equal(["grammar.c", "spin.a", "style.b"], pipeline.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Duplicate_rule_ids_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new ProofreadPipeline(
            [new FixedAnalyzer([s_a], _ => []), new FixedAnalyzer([s_a with { Title = "Other" }], _ => [])],
            AnalysisOptions.Default));
}
