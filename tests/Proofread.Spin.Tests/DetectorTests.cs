using CsCheck;
using Proofread.Documents;
using Proofread.Pipeline;

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
        Assert.Equal(Analyzer.Score(document), on.Score(document, "spin"));
        Assert.Null(off.Score(document, "spin"));
        Assert.Null(on.Score(document, "readability"));
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
