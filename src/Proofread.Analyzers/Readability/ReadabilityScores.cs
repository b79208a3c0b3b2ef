namespace Proofread.Analyzers.Readability;

/// <summary>Readability figures of a document's prose.</summary>
public sealed record ReadabilityScores(
    int Sentences,
    int Words,
    int Syllables,
    double FleschReadingEase,
    double FleschKincaidGrade);
