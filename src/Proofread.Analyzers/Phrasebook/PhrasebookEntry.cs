using System.Collections.Immutable;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>One wording a replacement offers, with the word that takes the phrase's inflection.</summary>
/// <param name="Text">The wording, as written in the phrasebook (marker removed).</param>
/// <param name="HeadIndex">Index, among the space-separated words of <paramref name="Text"/>, of the word that is inflected.</param>
public sealed record PhraseReplacement(string Text, int HeadIndex);

/// <summary>
/// One line of a phrasebook: a spun or tortured phrase and the wording it most likely replaced.
/// Immutable; built by <see cref="Phrasebook.Parse"/>.
/// </summary>
public sealed record PhrasebookEntry
{
    internal PhrasebookEntry(
        ImmutableArray<string> words,
        int headIndex,
        ImmutableArray<PhraseReplacement> replacements,
        string note,
        string source,
        double confidence,
        Inflection inflections,
        string sourceName,
        int line)
    {
        Words = words;
        HeadIndex = headIndex;
        Replacements = replacements;
        Note = note;
        Source = source;
        Confidence = confidence;
        Inflections = inflections;
        SourceName = sourceName;
        Line = line;
    }

    /// <summary>The confidence of the first replacement when the entry does not say.</summary>
    public const double DefaultConfidence = 0.9;

    /// <summary>The phrase's words, lower case, with hyphens and apostrophes in ASCII.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The phrase: its words joined by single spaces.</summary>
    public string Phrase => string.Join(' ', Words);

    /// <summary>Index of the word that takes inflections (the last word unless marked).</summary>
    public int HeadIndex { get; }

    /// <summary>The replacement first, then the alternatives, in the order written.</summary>
    public ImmutableArray<PhraseReplacement> Replacements { get; }

    /// <summary>Why the phrase is suspicious (may be empty).</summary>
    public string Note { get; }

    /// <summary>Where the entry comes from (who compiled it, or which document showed it).</summary>
    public string Source { get; }

    /// <summary>Confidence that the first replacement is right (0–1); alternatives get less.</summary>
    public double Confidence { get; }

    /// <summary>Which inflections of the head word also match.</summary>
    public Inflection Inflections { get; }

    /// <summary>The file (or resource) the entry was read from.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line of the entry in <see cref="SourceName"/>.</summary>
    public int Line { get; }

    /// <summary>Confidence of the replacement at <paramref name="index"/>: alternatives rank below the first.</summary>
    public double ConfidenceOf(int index) =>
        index == 0 ? Confidence : Math.Max(0.01, Math.Round((Confidence * 0.5) - (0.05 * (index - 1)), 3));
}
