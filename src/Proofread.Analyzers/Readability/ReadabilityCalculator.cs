using Proofread.Analyzers.Text;
using Proofread.Documents;

namespace Proofread.Analyzers.Readability;

/// <summary>
/// Computes readability figures from a document's sentences, words and syllables:
/// Flesch reading ease = 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words);
/// Flesch–Kincaid grade = 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59.
/// A word is a run of word or number tokens glued as in "don't" or "well-being"; a sentence
/// counts when it holds at least one word. A document without words scores all zeros.
/// </summary>
public static class ReadabilityCalculator
{
    /// <summary>Scores <paramref name="document"/> with the heuristic syllable counter.</summary>
    public static ReadabilityScores Compute(Document document) => Compute(document, HeuristicSyllableCounter.Instance);

    /// <summary>Scores <paramref name="document"/> with <paramref name="syllables"/>.</summary>
    public static ReadabilityScores Compute(Document document, ISyllableCounter syllables)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(syllables);
        var text = document.Text.AsSpan();
        var units = new List<WordUnit>();
        int sentenceCount = 0, wordCount = 0, syllableCount = 0;
        foreach (var sentence in document.Sentences)
        {
            units.Clear();
            WordUnits.Collect(document, sentence, units);
            var words = 0;
            foreach (var unit in units)
            {
                if (unit.IsBarrier)
                {
                    continue;
                }

                words++;
                syllableCount += Math.Max(1, syllables.CountSyllables(text.Slice(unit.Start, unit.Length)));
            }

            if (words > 0)
            {
                sentenceCount++;
                wordCount += words;
            }
        }

        if (wordCount == 0)
        {
            return new ReadabilityScores(0, 0, 0, 0, 0);
        }

        var wordsPerSentence = (double)wordCount / sentenceCount;
        var syllablesPerWord = (double)syllableCount / wordCount;
        return new ReadabilityScores(
            sentenceCount,
            wordCount,
            syllableCount,
            206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord),
            (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59);
    }
}
