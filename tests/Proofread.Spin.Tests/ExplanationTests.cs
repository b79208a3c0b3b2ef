using Proofread.Text;

namespace Proofread.Spin.Tests;

public sealed class ExplanationTests
{
    [Fact]
    public void The_explanation_names_the_thesaurus_the_document_and_the_language_model()
    {
        var span = new SpinSpan(
            new TextSpan(10, 12),
            0.93,
            [("Party", 0.9), ("Celebration", 0.02)],
            new SpinEvidence(CandidateSource.Thesaurus | CandidateSource.Document, "get together", "party", 2.5, 2, 3));
        Assert.Equal(
            "Possibly spun: 'Get together' is listed as a synonym of 'Party', 'Party' fills the same context twice elsewhere in this text and the sentence reads about 316 times likelier with it.",
            SpinAnalyzer.Explain("Get together", span));
    }

    [Fact]
    public void A_confusion_swap_without_other_evidence_says_so()
    {
        var span = new SpinSpan(new TextSpan(0, 2), 0.9, [("on", 0.9)], new SpinEvidence(CandidateSource.Confusion, "in", "on", 0.4, 0, 5));
        Assert.Equal("Possibly spun: 'in' is a common swap for 'on'.", SpinAnalyzer.Explain("in", span));
    }

    [Fact]
    public void A_term_match_is_explained_as_a_known_term()
    {
        var span = new SpinSpan(
            new TextSpan(0, 27),
            0.95,
            [("World Health Organization", 0.95)],
            new SpinEvidence(CandidateSource.Term, "world wellbeing corporation", "world health organization", 0, 0, 0));
        Assert.Equal(
            "Possibly spun: 'World Wellbeing Corporation' reads like the known term 'World Health Organization' with its words swapped for synonyms.",
            SpinAnalyzer.Explain("World Wellbeing Corporation", span));
    }
}
