using CsCheck;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Spin.Tests;

/// <summary>The detector with the shipped models: small fixtures whose behaviour is pinned.</summary>
public sealed class DetectorTests
{
    private static readonly SpinAnalyzer Analyzer = SpinAnalyzer.LoadDefault();
    private static readonly HashSet<string> AllRules = ["spin.thesaurus", "spin.confusion"];

    [Theory]
    [InlineData("The committee approved the budget on Monday after a long debate.")]
    [InlineData("Aluminium is a light metal that resists corrosion, and it is used widely in aircraft.")]
    [InlineData("The president said on Thursday that the talks would continue next week.")]
    public void Clean_sentences_are_left_alone(string text)
    {
        Assert.Empty(Analyzer.Analyze(Document.FromPlainText(text), AllRules));
    }

    [Fact]
    public void A_spun_sentence_is_restored_exactly_and_its_clean_original_left_alone()
    {
        // At 0.5 (below the default) the first suggestion restores the swap; the original
        // sentence, and a clean paragraph around it, get no finding.
        const string spun = "Officials said the talks would proceed subsequent week, but the opposition rejected the offer.";
        const string clean = "The prime minister said the government would not alter its policy on immigration. Officials said the talks would continue next week, but the opposition party rejected the offer. The president signed the bill into law on Monday after a lengthy argument in the Senate.";
        var analyzer = new SpinAnalyzer(SpinResources.LoadDefault, threshold: 0.5);

        var findings = analyzer.Analyze(Document.FromPlainText(spun), AllRules).ToList();

        Assert.Equal([("subsequent", "next", spun.IndexOf("subsequent", StringComparison.Ordinal))], findings.Select(f => (f.Text, f.Suggestions[0].Text, f.Span.Start)));
        Assert.Equal("spin.thesaurus", findings[0].Rule.Id);
        Assert.Empty(analyzer.Analyze(Document.FromPlainText(clean), AllRules));
    }

    [Fact]
    public void Spans_map_back_to_the_text_never_overlap_and_have_at_most_three_ranked_suggestions_each_with_a_real_chance()
    {
        string[] words = ["the", "party", "state", "media", "reported", "in", "on", "Thursday", "strident", "actions", "get", "together", "congress", "huge", "information", "."];
        Gen.Int[0, words.Length - 1].Array[3, 40]
            .Select(ix => string.Join(' ', ix.Select(i => words[i])))
            .Sample(text =>
            {
                var document = Document.FromPlainText(text);
                var result = Analyzer.Detect(document);
                var end = -1;
                foreach (var span in result.Spans)
                {
                    Assert.True(span.Span.Start >= end && span.Span.End <= text.Length);
                    end = span.Span.End;
                    Assert.InRange(span.Probability, 0, 1);
                    Assert.InRange(span.Suggestions.Length, 1, 3);
                    Assert.Equal(span.Suggestions.OrderByDescending(s => s.Probability).Select(s => s.Text), span.Suggestions.Select(s => s.Text));
                    Assert.All(span.Suggestions.Skip(1), s => Assert.True(s.Probability >= 0.005, $"{s.Text} {s.Probability}"));
                }

                Assert.InRange(result.Score, 0, 1);
            }, iter: 40);
    }

    [Fact]
    public void Detection_is_deterministic_and_cached_per_document()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "corpora", "examples", "kim-congress.spun.txt"));
        var document = Document.FromPlainText(text);
        Assert.Same(Analyzer.Detect(document), Analyzer.Detect(document));
        var again = new SpinAnalyzer(SpinResources.LoadDefault).Detect(Document.FromPlainText(text));
        Assert.Equal(Flatten(Analyzer.Detect(document)), Flatten(again));
        Assert.Equal(Analyzer.Detect(document).Score, again.Score);
    }

    [Fact]
    public void The_pipeline_reports_the_spin_score_only_while_a_spin_rule_is_on()
    {
        var document = Document.FromPlainText("Kim needed strident actions to avoid an outbreak.");
        var on = new ProofreadPipeline([Analyzer], AnalysisOptions.Default);
        var off = new ProofreadPipeline([Analyzer], new AnalysisOptions(new RuleSelection([], ["spin"])));
        Assert.Equal(Analyzer.Score(document), on.Score(document, on.Analyze(document), "spin"));
        Assert.Null(off.Score(document, off.Analyze(document), "spin"));
        Assert.Null(on.Score(document, on.Analyze(document), "readability"));
    }

    [Fact]
    public void Other_analysers_spin_findings_raise_the_score_once_per_distinct_phrase()
    {
        // Two known phrases (one of them twice, once in lower case), at 0.9 and 0.6; a grammar finding
        // and a spin finding with no confidence weigh nothing.
        const string text = "The World Wellbeing Corporation issued a push release on Monday. The world wellbeing corporation said more.";
        var document = Document.FromPlainText(text);
        var known = new KnownPhrases(("World Wellbeing Corporation", 0.9), ("world wellbeing corporation", 0.9), ("push release", 0.6));
        var pipeline = new ProofreadPipeline([Analyzer, known], AnalysisOptions.Default);
        var withoutKnown = new ProofreadPipeline([Analyzer, known], new AnalysisOptions(new RuleSelection([], [KnownPhrases.Rule.Id])));

        var detector = Analyzer.Score(document);
        var findings = pipeline.Analyze(document);

        Assert.Equal(5, findings.Count(f => f.Rule.Id.StartsWith("test.", StringComparison.Ordinal)));
        Assert.Equal(1 - ((1 - detector) * (1 - 0.9) * (1 - 0.6)), pipeline.Score(document, findings, "spin")!.Value, 12);
        Assert.Equal(detector, withoutKnown.Score(document, withoutKnown.Analyze(document), "spin"));
    }

    // Flags every occurrence of its phrases as spinner output (spin category), plus one grammar
    // finding with a confidence and one spin finding with none, which the score must not count.
    private sealed class KnownPhrases(params (string Phrase, double Confidence)[] phrases) : IAnalyzer
    {
        public static readonly RuleDescriptor Rule = new("test.known-phrase", "Known spun phrase", FindingCategory.Spin, Severity.Warning, "test");
        private static readonly RuleDescriptor Grammar = new("test.grammar", "Grammar", FindingCategory.Grammar, Severity.Warning, "test");
        private static readonly RuleDescriptor Bare = new("test.bare", "Spin without confidence", FindingCategory.Spin, Severity.Warning, "test");

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule, Grammar, Bare];

        public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
        {
            foreach (var (phrase, confidence) in phrases)
            {
                var at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0 && enabledRules.Contains(Rule.Id))
                {
                    yield return new Finding(Rule, new TextSpan(at, phrase.Length), phrase, "known", Severity.Warning, [new Suggestion("x", confidence)]);
                }
            }

            yield return new Finding(Grammar, new TextSpan(0, 3), "The", "grammar", Severity.Warning, [new Suggestion("A", 0.8)]);
            yield return new Finding(Bare, new TextSpan(4, 5), "World", "bare", Severity.Warning, []);
        }
    }

    private static List<string> Flatten(SpinResult result) =>
        [.. result.Spans.Select(s => $"{s.Span} {s.Probability:R} {string.Join('|', s.Suggestions.Select(x => $"{x.Text}:{x.Probability:R}"))}")];

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Proofread.sln not found");
    }
}
