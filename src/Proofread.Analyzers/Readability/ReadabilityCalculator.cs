using Proofread.Analysis;
using Proofread.Analyzers.Text;
using Proofread.Documents;

namespace Proofread.Analyzers.Readability;

/// <summary>The counts of one sentence (or a whole document) that the readability formulas use.</summary>
/// <param name="Words">Words.</param>
/// <param name="Syllables">Their syllables.</param>
/// <param name="Characters">Their letters and digits.</param>
/// <param name="Polysyllables">Words of three syllables or more.</param>
/// <param name="DifficultWords">Words not on the Dale–Chall list (0 without a list).</param>
public readonly record struct SentenceCounts(int Words, int Syllables, int Characters, int Polysyllables, int DifficultWords);

/// <summary>
/// Computes readability figures from a document's sentences, words, syllables and characters,
/// with the published formulas (see <see cref="ReadabilityScores"/>). A word is a run of word or
/// number tokens glued as in "don't" or "well-being"; a sentence counts when it holds at least one
/// word. A document without words scores all zeros.
/// </summary>
public static class ReadabilityCalculator
{
    /// <summary>Scores <paramref name="document"/> with the heuristic syllable counter and the shipped Dale–Chall list.</summary>
    public static ReadabilityScores Compute(Document document) => Compute(document, HeuristicSyllableCounter.Instance);

    /// <summary>Scores <paramref name="document"/> with <paramref name="syllables"/> and the shipped Dale–Chall list.</summary>
    public static ReadabilityScores Compute(Document document, ISyllableCounter syllables) => Compute(document, syllables, DaleChallList.LoadDefault());

    /// <summary>Scores <paramref name="document"/> with <paramref name="syllables"/> and <paramref name="familiar"/>.</summary>
    public static ReadabilityScores Compute(Document document, ISyllableCounter syllables, DaleChallList familiar)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(syllables);
        ArgumentNullException.ThrowIfNull(familiar);
        var units = new List<WordUnit>();
        var sentences = 0;
        var total = default(SentenceCounts);
        foreach (var sentence in document.Sentences)
        {
            var counts = Measure(document, sentence, syllables, familiar, units);
            if (counts.Words > 0)
            {
                sentences++;
                total = new SentenceCounts(
                    total.Words + counts.Words,
                    total.Syllables + counts.Syllables,
                    total.Characters + counts.Characters,
                    total.Polysyllables + counts.Polysyllables,
                    total.DifficultWords + counts.DifficultWords);
            }
        }

        return FromCounts(sentences, total);
    }

    /// <summary>The figures for <paramref name="sentences"/> sentences with the counts <paramref name="c"/>.</summary>
    public static ReadabilityScores FromCounts(int sentences, SentenceCounts c)
    {
        if (c.Words == 0 || sentences == 0)
        {
            return new ReadabilityScores(0, 0, 0, 0, 0);
        }

        double words = c.Words;
        var wordsPerSentence = words / sentences;
        var syllablesPerWord = c.Syllables / words;
        var difficultPercent = 100 * c.DifficultWords / words;
        return new ReadabilityScores(
            sentences,
            c.Words,
            c.Syllables,
            FleschReadingEase: 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord),
            FleschKincaidGrade: (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59,
            GunningFog: 0.4 * (wordsPerSentence + (100 * c.Polysyllables / words)),
            Smog: (1.0430 * Math.Sqrt(c.Polysyllables * 30.0 / sentences)) + 3.1291,
            ColemanLiau: (0.0588 * (100 * c.Characters / words)) - (0.296 * (100 * sentences / words)) - 15.8,
            AutomatedReadabilityIndex: (4.71 * (c.Characters / words)) + (0.5 * wordsPerSentence) - 21.43,
            DaleChall: (0.1579 * difficultPercent) + (0.0496 * wordsPerSentence) + (difficultPercent > 5 ? 3.6365 : 0),
            Characters: c.Characters,
            Polysyllables: c.Polysyllables,
            DifficultWords: c.DifficultWords);
    }

    /// <summary>The counts of one sentence; <paramref name="units"/> is scratch space.</summary>
    internal static SentenceCounts Measure(Document document, Sentence sentence, ISyllableCounter syllables, DaleChallList? familiar, List<WordUnit> units)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        var text = document.Text.AsSpan();
        units.Clear();
        WordUnits.Collect(document, sentence, units);
        int words = 0, syllableCount = 0, characters = 0, poly = 0, difficult = 0;
        foreach (var unit in units)
        {
            if (unit.IsBarrier)
            {
                continue;
            }

            var word = text.Slice(unit.Start, unit.Length);
            words++;
            var count = Math.Max(1, syllables.CountSyllables(word));
            syllableCount += count;
            poly += count >= 3 ? 1 : 0;
            foreach (var c in word)
            {
                characters += char.IsLetterOrDigit(c) ? 1 : 0;
            }

            difficult += familiar is null || familiar.IsFamiliar(word) ? 0 : 1;
        }

        return new SentenceCounts(words, syllableCount, characters, poly, difficult);
    }
}
