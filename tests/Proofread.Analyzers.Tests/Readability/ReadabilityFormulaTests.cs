using Proofread.Analyzers.Readability;
using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Analyzers.Tests.Readability;

/// <summary>Each formula against a worked example computed by hand from its published definition.</summary>
public sealed class ReadabilityFormulaTests
{
    private static readonly DaleChallList Familiar = new(["the", "cat", "sat", "on", "mat"]);

    // "The cat sat on the mat. / Readability matters.": 2 sentences, 8 words, 14 syllables,
    // 35 letters (3+3+3+2+3+3 + 11+7), 1 word of 3+ syllables (readability), 2 unfamiliar words.
    private static ReadabilityScores Worked() =>
        ReadabilityCalculator.Compute(Document.FromPlainText("The cat sat on the mat.\n\nReadability matters."), new TableSyllableCounter(), Familiar);

    [Fact]
    public void The_counts_are_those_of_the_worked_example()
    {
        var s = Worked();
        Assert.Equal((2, 8, 14, 35, 1, 2), (s.Sentences, s.Words, s.Syllables, s.Characters, s.Polysyllables, s.DifficultWords));
    }

    [Fact]
    public void Gunning_fog()
    {
        // 0.4 × (8/2 + 100 × 1/8) = 0.4 × (4 + 12.5) = 6.6
        Assert.Equal(6.6, Worked().GunningFog, 9);
    }

    [Fact]
    public void Smog()
    {
        // 1.0430 × √(1 × 30 / 2) + 3.1291 = 1.0430 × 3.872983346 + 3.1291 = 7.168621630
        Assert.Equal(7.168621630, Worked().Smog, 8);
    }

    [Fact]
    public void Coleman_liau()
    {
        // L = 35/8 × 100 = 437.5, S = 2/8 × 100 = 25: 0.0588 × 437.5 − 0.296 × 25 − 15.8 = 25.725 − 7.4 − 15.8 = 2.525
        Assert.Equal(2.525, Worked().ColemanLiau, 9);
    }

    [Fact]
    public void Automated_readability_index()
    {
        // 4.71 × 35/8 + 0.5 × 8/2 − 21.43 = 20.60625 + 2 − 21.43 = 1.17625
        Assert.Equal(1.17625, Worked().AutomatedReadabilityIndex, 9);
    }

    [Fact]
    public void Dale_chall_adds_the_adjustment_above_five_percent_difficult_words()
    {
        // 25 % difficult: 0.1579 × 25 + 0.0496 × 4 + 3.6365 = 3.9475 + 0.1984 + 3.6365 = 7.7824
        Assert.Equal(7.7824, Worked().DaleChall, 9);

        // No difficult word: 0.0496 × 6 = 0.2976, no adjustment.
        var easy = ReadabilityCalculator.Compute(Document.FromPlainText("The cat sat on the mat."), new TableSyllableCounter(), Familiar);
        Assert.Equal(0.2976, easy.DaleChall, 9);
    }

    [Fact]
    public void Flesch_figures_are_unchanged()
    {
        // 206.835 − 1.015 × 4 − 84.6 × 1.75 = 54.725; 0.39 × 4 + 11.8 × 1.75 − 15.59 = 6.62
        Assert.Equal(54.725, Worked().FleschReadingEase, 9);
        Assert.Equal(6.62, Worked().FleschKincaidGrade, 9);
    }

    [Theory]
    [InlineData("cats", true)]
    [InlineData("Cat's", true)]
    [InlineData("stopped", true)]
    [InlineData("carries", true)]
    [InlineData("running", true)]
    [InlineData("bigger", true)]
    [InlineData("1990", true)]
    [InlineData("zebra", false)]
    [InlineData("readability", false)]
    public void Dale_chall_accepts_regular_inflections_of_listed_words(string word, bool familiar)
    {
        var list = new DaleChallList(["cat", "stop", "carry", "run", "big"]);
        Assert.Equal(familiar, list.IsFamiliar(word));
    }

    [Fact]
    public void The_shipped_dale_chall_list_has_the_new_list_size()
    {
        var list = DaleChallList.LoadDefault();
        Assert.Equal(2942, list.Count);
        Assert.True(list.IsFamiliar("children"));
        Assert.False(list.IsFamiliar("photosynthesis"));
    }

    [Theory]
    [InlineData("readability", 5)]
    [InlineData("university", 5)]
    [InlineData("fire", 2)]
    [InlineData("every", 3)]
    [InlineData("don't", 1)]
    [InlineData("Organization", 5)]
    [InlineData("self-imposed", 3)]
    public void Cmudict_gives_dictionary_syllables(string word, int syllables)
    {
        Assert.Equal(syllables, CmuSyllableCounter.LoadDefault().CountSyllables(word));
    }

    [Fact]
    public void Words_cmudict_does_not_list_fall_back_to_the_heuristic()
    {
        var counter = new CmuSyllableCounter([new("cat", 1)]);
        Assert.Equal(1, counter.CountSyllables("CAT"));
        Assert.Null(counter.Lookup("blorptastic"));
        Assert.Equal(HeuristicSyllableCounter.Instance.CountSyllables("blorptastic"), counter.CountSyllables("blorptastic"));
        Assert.Equal(1 + HeuristicSyllableCounter.Instance.CountSyllables("zorble"), counter.CountSyllables("cat-zorble"));
        Assert.Equal(4, counter.CountSyllables("1990"));
    }

    [Fact]
    public void The_shipped_syllable_table_covers_cmudict()
    {
        Assert.True(CmuSyllableCounter.LoadDefault().Count > 120_000);
    }

    [Fact]
    public void Long_and_hard_sentences_are_reported_by_the_thresholds()
    {
        var analyzer = new ReadabilityAnalyzer(new TableSyllableCounter(), new ReadabilitySettings(MaxSentenceWords: 5, MaxSentenceGrade: 5, MinWordsForGrade: 2));
        var text = "The cat sat on the mat.\n\nReadability matters.";
        var findings = analyzer.Analyze(Document.FromPlainText(text), new HashSet<string> { "readability.sentence.long", "readability.sentence.hard" }).ToList();

        // Sentence 1: 6 words > 5. Sentence 2: 2 words, 8 syllables: 0.39 × 2 + 11.8 × 4 − 15.59 = 32.39 > 5.
        Assert.Equal(
            [
                ("readability.sentence.long", "The cat sat on the mat.", "This sentence has 6 words (more than 5); consider splitting it."),
                ("readability.sentence.hard", "Readability matters.", "This sentence reads at grade 32.4 (above 5); shorter words and sentences would help."),
            ],
            findings.Select(f => (f.Rule.Id, f.Text, f.Message)));
        Assert.All(findings, f => Assert.Equal(FindingCategory.Readability, f.Category));
        Assert.All(findings, f => Assert.Empty(f.Suggestions));
    }
}
