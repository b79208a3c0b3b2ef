namespace Proofread.Analyzers.Readability;

/// <summary>Readability figures of a document's prose (all zero when it has no words).</summary>
/// <param name="Sentences">Sentences holding at least one word.</param>
/// <param name="Words">Words counted for the formulas.</param>
/// <param name="Syllables">Syllables of those words.</param>
/// <param name="FleschReadingEase">206.835 − 1.015 (words/sentences) − 84.6 (syllables/words); higher is easier.</param>
/// <param name="FleschKincaidGrade">0.39 (words/sentences) + 11.8 (syllables/words) − 15.59: a US school grade.</param>
public sealed record ReadabilityScores(
    int Sentences,
    int Words,
    int Syllables,
    double FleschReadingEase,
    double FleschKincaidGrade);
