using Proofread.Analysis;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>
/// Proposes possible originals for every span of one to three tokens: the thesaurus in both
/// directions by lemma and part of speech (re-inflected to the observed form), multi-word
/// thesaurus entries, closed-class confusion sets, and words filling the same context elsewhere
/// in the document. A pure function of the sentence, the document context and the resources.
/// </summary>
internal sealed class CandidateGenerator(SpinResources resources)
{
    private const int MaxPhraseTokens = 3;

    public List<Candidate> Generate(SentenceContext sentence, DocumentContext document)
    {
        var byKey = new Dictionary<(int, int, string), Candidate>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!IsWord(sentence.Tokens[i]))
            {
                continue;
            }

            var pos = ContentPos(sentence.Tags[i]);
            var token = sentence.Tokens[i];
            if (IsName(sentence, i))
            {
                // Names stay names: a capitalised word inside a sentence gets candidates only from
                // the term index, as part of a known multi-word name.
                continue;
            }

            if (pos is { } p && token.Case is LetterCase.Lower or LetterCase.Title)
            {
                foreach (var e in resources.SourcesOf(sentence.Lower[i], p))
                {
                    var c = Add(byKey, sentence, i, 1, e.Term, CandidateSource.Thesaurus);
                    if (c is not null && e.Strength > c.Strength)
                    {
                        c.Strength = e.Strength;
                        c.Info = e.Info;
                    }
                }

                AddFromDocument(byKey, sentence, document, i, 1);
            }

            for (var length = 1; length <= Math.Max(MaxPhraseTokens, resources.Confusions.LongestMember) && i + length <= sentence.Count; length++)
            {
                if (length > 1 && (!IsWord(sentence.Tokens[i + length - 1]) || IsName(sentence, i + length - 1)))
                {
                    break;
                }

                var phrase = sentence.Join(i, length);
                foreach (var alternative in resources.Confusions.AlternativesOf(phrase))
                {
                    Add(byKey, sentence, i, length, alternative, CandidateSource.Confusion);
                }

                if (length > 1)
                {
                    AddPhraseSources(byKey, sentence, document, i, length, phrase);
                }
            }
        }

        return [.. byKey.Values];
    }

    private void AddPhraseSources(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence, DocumentContext document, int start, int length, string phrase)
    {
        var thesaurus = resources.Lexicon.Thesaurus;
        var id = thesaurus.Find(phrase);
        if (id < 0)
        {
            return;
        }

        // A multi-word synonym replaced a word or phrase ("get together" for "party").
        var sources = thesaurus.SourceIds(id);
        var pairs = thesaurus.SourcePairs(id);
        var ranked = new List<(int Term, float Strength, PairInfo Info)>(sources.Length);
        for (var k = 0; k < sources.Length; k++)
        {
            ranked.Add((sources[k], thesaurus.PairStrength(pairs[k]), thesaurus.PairInfoOf(pairs[k])));
        }

        foreach (var (term, strength, info) in ranked.OrderByDescending(r => r.Strength).Take(SpinResources.MaxThesaurusCandidates))
        {
            var c = Add(byKey, sentence, start, length, thesaurus.Term(term), CandidateSource.Thesaurus);
            if (c is not null && strength > c.Strength)
            {
                c.Strength = strength;
                c.Info = info;
            }
        }

        AddFromDocument(byKey, sentence, document, start, length);
    }

    private void AddFromDocument(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence, DocumentContext document, int start, int length)
    {
        var end = start + length;
        var observed = sentence.Join(start, length);
        if (end + 1 < sentence.Count && IsContext(sentence.Lower[end], sentence.Lower[end + 1]) && document.Before(sentence.Lower[end], sentence.Lower[end + 1]) is { } before)
        {
            foreach (var (word, count) in before)
            {
                if (word != observed && IsAlphabetic(word))
                {
                    var c = Add(byKey, sentence, start, length, word, CandidateSource.Document);
                    c?.DocumentContext = Math.Max(c.DocumentContext, count);
                }
            }
        }

        if (start >= 2 && IsContext(sentence.Lower[start - 2], sentence.Lower[start - 1]) && document.After(sentence.Lower[start - 2], sentence.Lower[start - 1]) is { } after)
        {
            foreach (var (word, count) in after)
            {
                if (word != observed && IsAlphabetic(word))
                {
                    var c = Add(byKey, sentence, start, length, word, CandidateSource.Document);
                    c?.DocumentContext = Math.Max(c.DocumentContext, count);
                }
            }
        }
    }

    private Candidate? Add(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence, int start, int length, string text, CandidateSource source)
    {
        text = text.ToLowerInvariant();
        var observed = sentence.Join(start, length);
        if (text == observed || (length == 1 && resources.IsSpellingVariant(observed, text)))
        {
            return null;
        }

        if (!byKey.TryGetValue((start, length, text), out var c))
        {
            var words = text.Split(' ');
            var ids = new int[words.Length];
            for (var k = 0; k < words.Length; k++)
            {
                ids[k] = resources.Language.WordId(words[k]);
            }

            c = new Candidate(start, length, text, ids);
            byKey[(start, length, text)] = c;
        }

        c.Sources |= source;
        return c;
    }

    /// <summary>The lexicon's part of speech for a content tag, or null.</summary>
    public static PartOfSpeech? ContentPos(UniversalTag tag) => tag switch
    {
        UniversalTag.Noun => PartOfSpeech.Noun,
        UniversalTag.Verb => PartOfSpeech.Verb,
        UniversalTag.Adj => PartOfSpeech.Adjective,
        UniversalTag.Adv => PartOfSpeech.Adverb,
        _ => null,
    };

    /// <summary>A capitalised word away from the sentence start (or after an opening quote or bracket).</summary>
    public static bool IsName(SentenceContext sentence, int index) =>
        sentence.Tokens[index].Case is LetterCase.Title or LetterCase.Upper or LetterCase.Mixed
        && index > 0 && !(sentence.Tokens[index - 1].Kind == TokenKind.Punctuation && sentence.Tokens[index - 1].Text is "\"" or "(" or "[" or "'" or ":" or "\u201C" or "\u2018");

    public static bool IsWord(Token token) => token.Kind == TokenKind.Word && IsAlphabetic(token.Text);

    private static bool IsAlphabetic(string word)
    {
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch) && ch != '-' && ch != '\'')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // A context of two function words or punctuation ("of the", ", and") says nothing about the middle word.
    private static bool IsContext(string a, string b) => a.Length >= 4 || b.Length >= 4;
}

/// <summary>Model-id helpers shared by the generator and the feature extractor.</summary>
internal static class ModelIds
{
    public static bool AnyUnknown(ReadOnlySpan<int> ids) => ids.Contains(NGramVocabulary.UnknownId);
}
