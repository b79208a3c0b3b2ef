using Proofread.Lexicon;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Evaluation.Spinning;

/// <summary>
/// Thesaurus synonyms of the chosen sources, strongest first, as a spinner would pick them: the
/// dev spinner's synonym source (Moby only for measuring, unlike the detector's full index).
/// </summary>
/// <param name="lexicon">The lexicon whose thesaurus and morphology are used.</param>
/// <param name="sources">Which thesaurus sources may supply a synonym.</param>
/// <param name="top">How many of the strongest synonyms the spinner chooses among.</param>
public sealed class ThesaurusSpinSynonyms(LexicalResources lexicon, PairInfo sources, int top = 12) : ISpinSynonyms
{
    /// <inheritdoc />
    public IReadOnlyList<string> Candidates(string word, string tag)
    {
        var pos = PartOfSpeechOf(tag);
        return pos is null
            ? []
            : [.. lexicon.SynonymsOf(word, pos.Value)
                .Where(e => (e.Info & sources) != 0 && !string.Equals(e.Term, word, StringComparison.OrdinalIgnoreCase))
                .Take(top)
                .Select(e => e.Term)];
    }

    /// <summary>The thesaurus's part of speech for a universal tag of a content word (null for the others).</summary>
    internal static PartOfSpeech? PartOfSpeechOf(string tag) => tag switch
    {
        "NOUN" => PartOfSpeech.Noun,
        "VERB" => PartOfSpeech.Verb,
        "ADJ" => PartOfSpeech.Adjective,
        "ADV" => PartOfSpeech.Adverb,
        _ => null,
    };
}
