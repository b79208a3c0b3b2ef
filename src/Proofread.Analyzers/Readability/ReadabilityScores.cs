namespace Proofread.Analyzers.Readability;

/// <summary>
/// Readability figures of a document's prose (all zero when it has no words). The formulas are
/// the published ones; see <see cref="ReadabilityCalculator"/>.
/// </summary>
/// <param name="Sentences">Sentences holding at least one word.</param>
/// <param name="Words">Words counted for the formulas.</param>
/// <param name="Syllables">Syllables of those words.</param>
/// <param name="FleschReadingEase">206.835 − 1.015 (words/sentences) − 84.6 (syllables/words); higher is easier.</param>
/// <param name="FleschKincaidGrade">0.39 (words/sentences) + 11.8 (syllables/words) − 15.59: a US school grade.</param>
/// <param name="GunningFog">0.4 (words/sentences + 100 complex/words), complex = three syllables or more.</param>
/// <param name="Smog">1.0430 √(polysyllables × 30 / sentences) + 3.1291.</param>
/// <param name="ColemanLiau">0.0588 L − 0.296 S − 15.8, L letters and S sentences per 100 words.</param>
/// <param name="AutomatedReadabilityIndex">4.71 (characters/words) + 0.5 (words/sentences) − 21.43.</param>
/// <param name="DaleChall">0.1579 × difficult-word percentage + 0.0496 (words/sentences), + 3.6365 when over 5 % are difficult.</param>
/// <param name="Characters">Letters and digits in the words.</param>
/// <param name="Polysyllables">Words of three syllables or more.</param>
/// <param name="DifficultWords">Words not on the Dale–Chall list of familiar words.</param>
public sealed record ReadabilityScores(
    int Sentences,
    int Words,
    int Syllables,
    double FleschReadingEase,
    double FleschKincaidGrade,
    double GunningFog = 0,
    double Smog = 0,
    double ColemanLiau = 0,
    double AutomatedReadabilityIndex = 0,
    double DaleChall = 0,
    int Characters = 0,
    int Polysyllables = 0,
    int DifficultWords = 0);
