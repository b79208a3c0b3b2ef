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
    private const int MaxTermTokens = 4;
    private const float MinTermStrength = 0.05f;

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
                // the term index, as part of a known multi-word name, or from the document itself,
                // and then only a thesaurus neighbour ("Wellbeing" for "Health" beside "World Health"
                // elsewhere): another name in the same context ("Chad" for "Korea") is no evidence.
                AddFromWordContext(byKey, sentence, document, i, 1, relatedOnly: true);
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

                    if (c is not null)
                    {
                        c.ChannelRank = Math.Min(c.ChannelRank, e.ChannelRank);
                    }
                }

                AddFromDocument(byKey, sentence, document, i, 1);
                AddFromWordContext(byKey, sentence, document, i, 1);
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

                if (IsMultiWordContent(sentence, i, length))
                {
                    AddFromWordContext(byKey, sentence, document, i, length);
                }
            }
        }

        AddTerms(byKey, sentence);
        return [.. byKey.Values];
    }

    /// <summary>
    /// Known terms and names whose words are thesaurus neighbours of an observed span's: runs of
    /// capitalised words ("World Wellbeing Corporation") and lower-case noun phrases ("colossal information").
    /// </summary>
    private void AddTerms(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence)
    {
        var words = new List<string>(MaxTermTokens);
        for (var i = 0; i < sentence.Count; i++)
        {
            for (var length = 2; length <= MaxTermTokens && i + length <= sentence.Count; length++)
            {
                var last = i + length - 1;
                if (!IsWord(sentence.Tokens[last]))
                {
                    break;
                }

                if (!IsTermShaped(sentence, i, length))
                {
                    continue;
                }

                words.Clear();
                for (var k = i; k <= last; k++)
                {
                    words.Add(sentence.Tokens[k].Text);
                }

                foreach (var match in resources.Terms.FindDistorted(words, resources.Lexicon, maxResults: 3, minStrength: MinTermStrength))
                {
                    var c = Add(byKey, sentence, i, length, match.Term, CandidateSource.Term);
                    if (c is not null && (c.Term is null || match.MeanStrength > c.Term.Value.MeanStrength))
                    {
                        c.Term = match;
                        c.Display = match.Term;
                        c.Strength = Math.Max(c.Strength, match.MeanStrength);
                    }
                }
            }
        }
    }

    // Names: every word capitalised; other terms: a noun phrase (adjectives or nouns ending in a noun).
    private static bool IsTermShaped(SentenceContext sentence, int start, int length)
    {
        var capitalised = true;
        var nounPhrase = sentence.Tags[start + length - 1] == UniversalTag.Noun;
        for (var k = start; k < start + length; k++)
        {
            var token = sentence.Tokens[k];
            capitalised &= token.Case is LetterCase.Title or LetterCase.Upper;
            nounPhrase &= token.Case == LetterCase.Lower && sentence.Tags[k] is UniversalTag.Noun or UniversalTag.Adj;
        }

        return capitalised || nounPhrase;
    }

    private void AddPhraseSources(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence, DocumentContext document, int start, int length, string phrase)
    {
        var thesaurus = resources.Lexicon.Thesaurus;
        foreach (var (id, pos, form) in PhraseLemmas(phrase))
        {
            // A multi-word synonym replaced a word or phrase ("get together" for "party"), put back
            // into the observed form ("held back" for "arrested").
            var links = thesaurus.SourceLinks(id);
            var ranked = new List<(int Term, float Strength, PairInfo Info)>(links.Count);
            foreach (var link in links)
            {
                ranked.Add((link.TermId, link.Strength, link.Info));
            }

            foreach (var (term, strength, info) in ranked.OrderByDescending(r => r.Strength).Take(SpinResources.MaxThesaurusCandidates))
            {
                var text = form == WordForm.Base ? thesaurus.Term(term) : resources.Lexicon.Morphology.Inflect(thesaurus.Term(term), pos, form);
                var c = Add(byKey, sentence, start, length, text, CandidateSource.Thesaurus);
                if (c is not null && strength > c.Strength)
                {
                    c.Strength = strength;
                    c.Info = info;
                }

                if (c is not null)
                {
                    c.ChannelRank = Math.Min(c.ChannelRank, resources.ChannelRank(term, pos, strength));
                }
            }
        }

        AddFromDocument(byKey, sentence, document, start, length);
    }

    // The phrase as listed, else its lemma with the first word as a verb ("held back") or the last as a noun ("call options").
    private IEnumerable<(int Id, PartOfSpeech Pos, WordForm Form)> PhraseLemmas(string phrase)
    {
        var thesaurus = resources.Lexicon.Thesaurus;
        var id = thesaurus.Find(phrase);
        if (id >= 0)
        {
            yield return (id, PartOfSpeech.Noun, WordForm.Base);
            yield break;
        }

        var first = phrase.IndexOf(' ', StringComparison.Ordinal);
        foreach (var (lemma, form) in resources.LemmasOf(phrase[..first], PartOfSpeech.Verb))
        {
            if (form != WordForm.Base && thesaurus.Find(lemma + phrase[first..]) is var verb and >= 0)
            {
                yield return (verb, PartOfSpeech.Verb, form);
                yield break;
            }
        }

        var last = phrase.LastIndexOf(' ');
        foreach (var (lemma, form) in resources.LemmasOf(phrase[(last + 1)..], PartOfSpeech.Noun))
        {
            if (form != WordForm.Base && thesaurus.Find(phrase[..(last + 1)] + lemma) is var noun and >= 0)
            {
                yield return (noun, PartOfSpeech.Noun, form);
                yield break;
            }
        }
    }

    private static bool IsMultiWordContent(SentenceContext sentence, int start, int length) =>
        length == 2 && IsWord(sentence.Tokens[start]) && IsWord(sentence.Tokens[start + 1]);

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

    // One content word of context is weaker evidence: the candidate must fill it at least twice.
    private void AddFromWordContext(Dictionary<(int, int, string), Candidate> byKey, SentenceContext sentence, DocumentContext document, int start, int length, bool relatedOnly = false)
    {
        var end = start + length;
        var observed = sentence.Join(start, length);
        var neighbours = new[]
        {
            end < sentence.Count && DocumentContext.IsContentWord(sentence.Lower[end]) ? document.BeforeWord(sentence.Lower[end]) : null,
            start >= 1 && DocumentContext.IsContentWord(sentence.Lower[start - 1]) ? document.AfterWord(sentence.Lower[start - 1]) : null,
        };
        foreach (var words in neighbours)
        {
            foreach (var (word, count) in words ?? Empty)
            {
                if (count >= 2 && word != observed && IsAlphabetic(word) && DocumentContext.IsContentWord(word) && (!relatedOnly || resources.AreRelated(observed, word)))
                {
                    var c = Add(byKey, sentence, start, length, word, CandidateSource.Document);
                    c?.DocumentContext = Math.Max(c.DocumentContext, count);
                }
            }
        }
    }

    private static readonly Dictionary<string, int> Empty = [];

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

            c = new Candidate(start, length, text, ids, observed);
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
