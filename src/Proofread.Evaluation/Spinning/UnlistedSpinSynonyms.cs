using Proofread.Lexicon;

namespace Proofread.Evaluation.Spinning;

/// <summary>
/// Synonyms of a word's synonyms that the thesaurus does not pair with the word in either direction
/// ("state" → "declare" → "talk about"): replacements a spinner with another thesaurus makes and the
/// detector's thesaurus cannot reverse, for dev pairs from a synonym source other than the
/// detector's index (<c>proofread eval spin --synonyms unlisted</c>).
/// </summary>
/// <param name="lexicon">The lexicon whose thesaurus and morphology are used.</param>
/// <param name="top">How many of the strongest synonyms are followed at each step.</param>
public sealed class UnlistedSpinSynonyms(LexicalResources lexicon, int top = 4) : ISpinSynonyms
{
    /// <inheritdoc />
    public IReadOnlyList<string> Candidates(string word, string tag)
    {
        var pos = ThesaurusSpinSynonyms.PartOfSpeechOf(tag);
        if (pos is null)
        {
            return [];
        }

        var synonyms = lexicon.SynonymsOf(word, pos.Value);
        var direct = synonyms.Select(e => e.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        direct.UnionWith(lexicon.SourcesOf(word, pos.Value).Select(e => e.Term));
        var result = new List<string>();
        foreach (var step in synonyms.Take(top))
        {
            foreach (var second in lexicon.SynonymsOf(step.Term, pos.Value).Take(top))
            {
                if (!string.Equals(second.Term, word, StringComparison.OrdinalIgnoreCase)
                    && !direct.Contains(second.Term)
                    && !result.Contains(second.Term, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(second.Term);
                }
            }
        }

        return result;
    }
}
