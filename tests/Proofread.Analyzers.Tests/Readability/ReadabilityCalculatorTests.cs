using CsCheck;
using Proofread.Analyzers.Readability;
using Proofread.Documents;

namespace Proofread.Analyzers.Tests.Readability;

public sealed class ReadabilityCalculatorTests
{
    private static ReadabilityScores Score(string text) => ReadabilityCalculator.Compute(Document.FromPlainText(text), new TableSyllableCounter());

    [Fact]
    public void One_sentence_of_one_syllable_words()
    {
        // 6 words, 6 syllables, 1 sentence:
        // FRE = 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145; FKG = 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45.
        var scores = Score("The cat sat on the mat.");
        Assert.Equal(1, scores.Sentences);
        Assert.Equal(6, scores.Words);
        Assert.Equal(6, scores.Syllables);
        Assert.Equal(116.145, scores.FleschReadingEase, 9);
        Assert.Equal(-1.45, scores.FleschKincaidGrade, 9);
    }

    [Fact]
    public void Two_sentences_average_words_and_syllables()
    {
        // 8 words, 14 syllables, 2 sentences: 4 words a sentence, 1.75 syllables a word.
        // FRE = 206.835 - 4.06 - 148.05 = 54.725; FKG = 1.56 + 20.65 - 15.59 = 6.62.
        var scores = Score("The cat sat on the mat.\n\nReadability matters.");
        Assert.Equal(2, scores.Sentences);
        Assert.Equal(8, scores.Words);
        Assert.Equal(14, scores.Syllables);
        Assert.Equal(54.725, scores.FleschReadingEase, 9);
        Assert.Equal(6.62, scores.FleschKincaidGrade, 9);
    }

    [Fact]
    public void Hard_prose_scores_low()
    {
        // 6 words, 21 syllables, 1 sentence: 3.5 syllables a word.
        // FRE = 206.835 - 6.09 - 296.1 = -95.355; FKG = 2.34 + 41.3 - 15.59 = 28.05.
        var scores = Score("An unusually complicated vocabulary discourages readers.");
        Assert.Equal(6, scores.Words);
        Assert.Equal(21, scores.Syllables);
        Assert.Equal(-95.355, scores.FleschReadingEase, 9);
        Assert.Equal(28.05, scores.FleschKincaidGrade, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("... !!! ---")]
    public void A_document_without_words_scores_zeros(string text)
    {
        Assert.Equal(new ReadabilityScores(0, 0, 0, 0, 0), ReadabilityCalculator.Compute(Document.FromPlainText(text)));
    }

    [Fact]
    public void A_paragraph_of_punctuation_does_not_count_as_a_sentence()
    {
        var scores = Score("The cat sat on the mat.\n\n* * *");
        Assert.Equal(1, scores.Sentences);
        Assert.Equal(6, scores.Words);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("makes", 1)]
    [InlineData("jumped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("boxes", 2)]
    [InlineData("table", 2)]
    [InlineData("tables", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("completely", 3)]
    [InlineData("self-imposed", 3)]
    [InlineData("Organization", 5)]
    [InlineData("yes", 1)]
    [InlineData("1990", 4)]
    public void The_heuristic_counts_syllables_of_regular_spellings(string word, int syllables)
    {
        Assert.Equal(syllables, HeuristicSyllableCounter.Instance.CountSyllables(word));
    }

    [Fact]
    public void The_heuristic_gives_every_word_at_least_one_syllable()
    {
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 20].Sample(word =>
            HeuristicSyllableCounter.Instance.CountSyllables(word) >= 1);
    }

    [Fact]
    public void The_default_calculator_uses_the_heuristic()
    {
        // the cat sat on the mat: 6 one-syllable words by the heuristic too.
        var scores = ReadabilityCalculator.Compute(Document.FromPlainText("The cat sat on the mat."));
        Assert.Equal(6, scores.Syllables);
        Assert.Equal(116.145, scores.FleschReadingEase, 9);
    }
}
