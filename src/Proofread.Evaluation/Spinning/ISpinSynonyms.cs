namespace Proofread.Evaluation.Spinning;

/// <summary>Where the dev spinner gets its replacements: synonyms of a word read as a part of speech.</summary>
public interface ISpinSynonyms
{
    /// <summary>
    /// Replacements for <paramref name="word"/> (as it appears, inflected) read as
    /// <paramref name="tag"/> (a universal tag: NOUN, VERB, ADJ, ADV), already inflected like it.
    /// Every sense counts: a spinner does not know which one the text meant.
    /// </summary>
    IReadOnlyList<string> Candidates(string word, string tag);
}
