using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>Where a candidate reading comes from (several sources can propose the same one).</summary>
[Flags]
public enum CandidateSource
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The thesaurus lists the observed word as a synonym of the candidate (or the other way).</summary>
    Thesaurus = 1,

    /// <summary>A closed-class confusion set (prepositions, "because of"/"due to").</summary>
    Confusion = 2,

    /// <summary>The same context holds the candidate elsewhere in the document.</summary>
    Document = 4,

    /// <summary>A known multi-word term or name whose words are thesaurus neighbours of the observed ones.</summary>
    Term = 8,
}

/// <summary>
/// A possible original for the observed tokens [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>)
/// of a sentence, with the evidence computed for it.
/// </summary>
internal sealed class Candidate(int start, int length, string text, int[] ids, string observed)
{
    /// <summary>A candidate for a wording whose per-type facts are already known.</summary>
    public Candidate(int start, int length, CandidateText text, string observed)
        : this(start, length, text.Text, text.Ids, observed) => Wording = text;

    /// <summary>The shared per-type facts of <see cref="Text"/> (null for candidates made directly).</summary>
    public CandidateText? Wording { get; }

    /// <summary>The observed words, lower case.</summary>
    public string Observed { get; } = observed;

    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>Lower-case words separated by single spaces.</summary>
    public string Text { get; } = text;

    /// <summary>Model ids of the candidate's words.</summary>
    public int[] Ids { get; } = ids;

    public CandidateSource Sources { get; set; }

    public float Strength { get; set; }

    public PairInfo Info { get; set; }

    /// <summary>Where the observed word ranks among the candidate's own synonyms (lower: a likelier spinner's pick).</summary>
    public int ChannelRank { get; set; } = SpinResources.NoChannel;

    /// <summary>The candidate as a known term is written ("World Health Organization"), when it comes from the term index.</summary>
    public string? Display { get; set; }

    /// <summary>The term-index match behind the candidate, if any.</summary>
    public Lexicon.Terms.TermMatch? Term { get; set; }

    /// <summary>Times the candidate fills the same two-word context elsewhere in the document.</summary>
    public int DocumentContext { get; set; }

    /// <summary>The evidence, in <see cref="SpinFeatures"/> order, with room for the refiner's (allocated on first use: most candidates are pruned before it is computed).</summary>
    public float[] Features => field ??= new float[SpinFeatures.RefinerCount];

    /// <summary>The pruner's view of the proposal (<see cref="SpinPruner.FeatureNames"/>), only when the caller asked for every proposal.</summary>
    public float[]? PruningFeatures { get; set; }

    /// <summary>P(the span was spun and this is its original), from the combiner.</summary>
    public double Probability { get; set; }

    public int End => Start + Length;

    /// <summary>The candidate's first word (document counts are by word).</summary>
    public string FirstWord { get; } = text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? text[..space] : text;

    /// <summary>The language-model delta against the sentence as written, from pruning (NaN until computed).</summary>
    public double DeltaAsWritten { get; set; } = double.NaN;
}
