namespace Proofread.Evaluation.Spinning;

/// <summary>How hard the dev spinner spins.</summary>
/// <param name="MinRate">Lowest share of content words replaced in a text.</param>
/// <param name="MaxRate">Highest share; each text draws its own rate between the two, as commercial spinners vary.</param>
/// <param name="PrepositionRate">Share of prepositions swapped for another preposition.</param>
/// <param name="SpinNames">Whether capitalised words inside a sentence (names) may be swapped word by word.</param>
/// <param name="TermRate">Share of known multi-word terms ("stock market") swapped word by word as one unit ("inventory showcase"), as paraphrasing tools make tortured phrases; needs a term test.</param>
/// <param name="Seed">Seed of the pseudo-random choices; the same seed and text give the same spin.</param>
public sealed record SpinOptions(
    double MinRate = 0.15,
    double MaxRate = 0.40,
    double PrepositionRate = 0.15,
    bool SpinNames = true,
    int Seed = 20261128,
    double TermRate = 0);
