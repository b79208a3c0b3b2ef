using CsCheck;
using Proofread.Documents;
using Proofread.Editing;

namespace Proofread.Rules.Tests;

/// <summary>Invariants of the analyser over arbitrary text, and lazy loading of the heavy resources.</summary>
public sealed class RulesAnalyzerPropertyTests
{
    private static readonly string[] Words =
    [
        "a", "an", "the", "hour", "apple", "FBI", "in", "on", "Thursday", "May", "2010", "is", "because", "of", "take",
        "its", "it's", "their", "there", "then", "than", "can", "goes", "return", "back", "simply", "just", ",", ".", "\n",
    ];

    [Fact]
    public void Findings_quote_their_span_and_their_edits_apply()
    {
        var analyzer = PackExamplesTests.BuiltIn.Value;
        var enabled = analyzer.Rules.Where(r => r.EnabledByDefault).Select(r => r.Id).ToHashSet();
        Gen.Int[0, Words.Length - 1].Array[1, 25].Sample(
            picks =>
            {
                var text = string.Join(' ', picks.Select(i => Words[i]));
                var document = Document.FromPlainText(text);
                var findings = analyzer.Analyze(document, enabled).ToList();
                var fixedText = TextEditApplier.Apply(text, EditResolver.Resolve(findings));
                return findings.TrueForAll(f => f.Text == text.Substring(f.Span.Start, f.Span.Length) && f.Span.Length > 0)
                    && fixedText.Length >= 0;
            },
            iter: 300);
    }

    [Fact]
    public void Text_that_no_rule_needs_them_for_never_loads_the_model_tagger_or_morphology()
    {
        static T Fail<T>(string what) => throw new InvalidOperationException(what + " was loaded");
        var resources = new RuleResources(() => Fail<Language.Modeling.NGramModel>("model"), () => Fail<Language.Tagging.PosTagger>("tagger"), () => Fail<Lexicon.Morphology.WordMorphology>("morphology"));
        var analyzer = new RulesAnalyzer(PackExamplesTests.BuiltIn.Value.Packs, resources);
        var enabled = analyzer.Rules.Select(r => r.Id).ToHashSet();

        var findings = analyzer.Analyze(Document.FromPlainText("The vote was held in Thursday by a FBI agent."), enabled).ToList();

        Assert.Equal(["grammar.preposition.day", "grammar.a-an.letter-vowel"], findings.OrderBy(f => f.Span).Select(f => f.Rule.Id));
    }
}
