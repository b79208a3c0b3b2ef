using System.Collections.Immutable;
using CsCheck;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Core.Tests.Pipeline;

public class InlineSuppressionsTests
{
    private static readonly RuleDescriptor s_typo = new("spelling.typo", "Typo", FindingCategory.Spelling, Severity.Warning, "d");
    private static readonly RuleDescriptor s_spin = new("spin.name", "Name", FindingCategory.Spin, Severity.Warning, "d");

    private static Document Markdown(string text) => Document.Create("a.md", new SourceText(text), DocumentKind.Markdown, ProseLayout.ForPlainText(text));

    // A finding for every "teh" (spelling.typo) and "Wellbeing" (spin.name).
    private static ImmutableArray<Finding> FindingsOf(Document document)
    {
        var findings = new List<Finding>();
        foreach (var (rule, word) in new[] { (s_typo, "teh"), (s_spin, "Wellbeing") })
        {
            for (var at = document.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                findings.Add(Finding.Create(document, rule, new TextSpan(at, word.Length), "m"));
            }
        }

        return [.. findings.OrderBy(f => f.Span)];
    }

    private static string Kept(Document document) =>
        string.Join(' ', InlineSuppressions.Apply(document, FindingsOf(document)).Select(f => f.Rule.Id + f.Span));

    [Fact]
    public void Disable_next_line_silences_the_named_rule_on_the_next_line_only()
    {
        var document = Markdown("teh Wellbeing\n<!-- proofread-disable-next-line spin -->\nteh Wellbeing\nteh Wellbeing\n");
        Assert.Equal("spelling.typo[0..3) spin.name[4..13) spelling.typo[56..59) spelling.typo[70..73) spin.name[74..83)", Kept(document));
    }

    [Fact]
    public void Without_a_rule_every_rule_is_silenced()
    {
        var document = Markdown("<!-- proofread-disable-next-line -->\nteh Wellbeing\nteh\n");
        Assert.Equal("spelling.typo[51..54)", Kept(document));
    }

    [Fact]
    public void Disable_line_silences_the_comment_s_own_line()
    {
        var document = Markdown("teh Wellbeing <!-- proofread-disable-line spelling.typo -->\nteh\n");
        Assert.Equal("spin.name[4..13) spelling.typo[60..63)", Kept(document));
    }

    [Fact]
    public void Disable_and_enable_bracket_a_region_and_several_rules_may_be_named()
    {
        var text = "teh\n<!-- proofread-disable spin, spelling -- quoted from the source -->\nteh Wellbeing\n<!-- proofread-enable spelling -->\nteh Wellbeing\n<!-- proofread-enable -->\nWellbeing\n";
        Assert.Equal("spelling.typo[0..3) spelling.typo[121..124) spin.name[161..170)", Kept(Markdown(text)));
    }

    [Fact]
    public void An_enable_inside_a_disable_all_region_makes_an_exception()
    {
        var text = "<!-- proofread-disable -->\nteh Wellbeing\n<!-- proofread-enable spin -->\nteh Wellbeing\n<!-- proofread-disable spin -->\nWellbeing\n";
        Assert.Equal("spin.name[76..85)", Kept(Markdown(text)));
    }

    [Fact]
    public void A_region_left_open_runs_to_the_end_and_prefixes_match_ids()
    {
        var document = Markdown("teh\n\n<!-- proofread-disable spelling.typ spelling -->\n\nteh\n\nteh Wellbeing\n");
        Assert.Equal("spelling.typo[0..3) spin.name[64..73)", Kept(document));
    }

    [Fact]
    public void Comments_in_code_do_not_count()
    {
        var text = "```md\n<!-- proofread-disable -->\n```\nteh `<!-- proofread-disable-line -->` Wellbeing\n~~~\n<!-- proofread-enable -->\n~~~\n";
        var document = Markdown(text);
        Assert.Empty(InlineSuppressions.Find(document));
        Assert.Equal("spelling.typo[37..40) spin.name[75..84)", Kept(document));
    }

    [Fact]
    public void Plain_text_takes_hash_and_slash_comment_lines_and_drops_findings_inside_them()
    {
        var text = "# proofread-disable-next-line spelling\nteh Wellbeing\n  // proofread-disable-line teh Wellbeing\nteh\n# not a directive: teh\n";
        var document = Document.FromPlainText(text, "a.txt");
        Assert.Equal(
            ["DisableNextLine spelling [0..38)", "DisableLine teh,Wellbeing [53..94)"],
            InlineSuppressions.Find(document).Select(d => $"{d.Kind} {string.Join(',', d.Rules)} {d.Span}"));
        Assert.Equal("spin.name[43..52) spelling.typo[95..98) spelling.typo[118..121)", Kept(document));
    }

    [Fact]
    public void Markdown_headings_are_not_plain_text_comments()
    {
        var document = Markdown("# proofread-disable\n\nteh\n");
        Assert.Empty(InlineSuppressions.Find(document));
    }

    [Fact]
    public void CRLF_lines_and_unknown_directives()
    {
        var document = Markdown("<!-- proofread-disable-next-line -->\r\nteh\r\n<!-- proofread-ignore -->\r\nteh\r\n");
        Assert.Equal("spelling.typo[70..73)", Kept(document));
    }

    [Fact]
    public void The_pipeline_applies_suppressions_and_configured_severities()
    {
        var document = Markdown("teh Wellbeing <!-- proofread-disable-line spin -->\nteh\n");
        var analyzer = new ListAnalyzer([s_typo, s_spin], d => FindingsOf(d));
        var options = AnalysisOptions.Default with { Severities = new Dictionary<string, Severity> { ["spelling.typo"] = Severity.Error } };
        var findings = new ProofreadPipeline([analyzer], options).Analyze(document);
        Assert.Equal(["spelling.typo[0..3):Error", "spelling.typo[51..54):Error"], findings.Select(f => $"{f.Rule.Id}{f.Span}:{f.Severity}"));
    }

    [Fact]
    public void Without_directives_findings_are_returned_unchanged()
    {
        Gen.String.Sample(text =>
        {
            var document = Markdown(text.Replace("proofread-", "", StringComparison.Ordinal));
            var findings = FindingsOf(document);
            Assert.Equal(findings, InlineSuppressions.Apply(document, findings));
        });
    }

    [Fact]
    public void Suppression_only_ever_removes_findings()
    {
        var pieces = Gen.OneOf("teh", " ", "\n", "Wellbeing", "<!-- proofread-disable -->", "<!-- proofread-enable spin -->", "<!-- proofread-disable-next-line spelling -->", "```\n", "# proofread-disable-line\n", "`");
        pieces.Array[0, 20].Select(string.Concat).Sample(text =>
        {
            foreach (var document in new[] { Markdown(text), Document.FromPlainText(text) })
            {
                var findings = FindingsOf(document);
                var kept = InlineSuppressions.Apply(document, findings);
                Assert.True(kept.All(findings.Contains));
                Assert.True(kept.Length <= findings.Length);
            }
        });
    }

    private sealed class ListAnalyzer(RuleDescriptor[] rules, Func<Document, IEnumerable<Finding>> findings) : IAnalyzer
    {
        public IReadOnlyList<RuleDescriptor> Rules => rules;

        public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules) => findings(document);
    }
}
