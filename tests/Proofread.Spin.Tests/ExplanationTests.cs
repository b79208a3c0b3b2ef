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

    [Theory]
    [InlineData(0, "Possibly spun: 'stated' is the strongest synonym listed for 'said' and the sentence reads about 10 times likelier with it.")]
    [InlineData(2, "Possibly spun: 'stated' is among the 3 strongest synonyms listed for 'said' and the sentence reads about 10 times likelier with it.")]
    [InlineData(5, "Possibly spun: 'stated' is listed as a synonym of 'said' and the sentence reads about 10 times likelier with it.")]
    public void A_prominent_synonym_is_explained_by_its_rank_in_the_original_s_list(int rank, string expected)
    {
        var span = new SpinSpan(new TextSpan(0, 6), 0.9, [("said", 0.9)], new SpinEvidence(CandidateSource.Thesaurus, "stated", "said", 1.0, 0, 0, rank));
        Assert.Equal(expected, SpinAnalyzer.Explain("stated", span));
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
