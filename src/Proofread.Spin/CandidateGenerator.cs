using Proofread.Analysis;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;

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
    private const int MaxDistortedTerms = 3;

    /// <summary>The longest span a candidate replaces.</summary>
    public int MaxSpanLength { get; } = Math.Max(MaxTermTokens, Math.Max(MaxPhraseTokens, resources.Confusions.LongestMember));

    /// <summary>The sentence's candidates in the order they were first proposed.</summary>
    public List<Candidate> Generate(SentenceContext sentence, DocumentContext document)
    {
        var proposals = new Proposals(resources, MaxSpanLength);
        Generate(sentence, document, proposals);
        var all = new List<Candidate>(proposals.Count);
        for (var k = 0; k < proposals.Count; k++)
        {
            all.Add(proposals.Materialize(k));
        }

        return all;
    }

    /// <summary>Proposes the sentence's candidates into <paramref name="byKey"/> (cleared first).</summary>
    public void Generate(SentenceContext sentence, DocumentContext document, Proposals byKey)
    {
        byKey.Reset(sentence);
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
                // Cached per word type: neither the word itself nor its other spelling is among them.
                AddSources(byKey, i, 1, resources.SourceTermsOf(sentence.Lower[i], p));
                AddFromDocument(byKey, sentence, document, i, 1);
                AddFromWordContext(byKey, sentence, document, i, 1);
            }

            for (var length = 1; length <= Math.Max(MaxPhraseTokens, resources.Confusions.LongestMember) && i + length <= sentence.Count; length++)
            {
                if (length > 1 && (!IsWord(sentence.Tokens[i + length - 1]) || IsName(sentence, i + length - 1)))
                {
                    break;
                }

                var phrase = byKey.Observed(i, length);
                foreach (var alternative in resources.Confusions.AlternativesOf(phrase))
                {
                    byKey.Add(i, length, alternative, CandidateSource.Confusion);
                }

                if (length > 1)
                {
                    AddSources(byKey, i, length, resources.PhraseSourcesOf(phrase));
                    AddFromDocument(byKey, sentence, document, i, length);
                }

                if (IsMultiWordContent(sentence, i, length))
                {
                    AddFromWordContext(byKey, sentence, document, i, length);
                }
            }
        }

        AddTerms(byKey, sentence);
    }

    // Thesaurus candidates of a span: the strongest pair and the best channel rank win when several propose one wording.
    private static void AddSources(Proposals byKey, int start, int length, SourceTerm[] sources)
    {
        foreach (var e in sources)
        {
            var k = byKey.Add(start, length, e.Text, CandidateSource.Thesaurus, checkVariant: false);
            if (k >= 0)
            {
                ref var c = ref byKey[k];
                if (e.Strength > c.Strength)
                {
                    c.Strength = e.Strength;
                    c.Info = e.Info;
                }

                c.ChannelRank = Math.Min(c.ChannelRank, e.ChannelRank);
            }
        }
    }

    /// <summary>
    /// Known terms and names whose words are thesaurus neighbours of an observed span's: runs of
    /// capitalised words ("World Wellbeing Corporation") and lower-case noun phrases ("colossal information").
    /// </summary>
    private void AddTerms(Proposals byKey, SentenceContext sentence)
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

                foreach (var match in resources.DistortedTermsOf(words, MaxDistortedTerms, MinTermStrength))
                {
                    var k = byKey.Add(i, length, match.Term, CandidateSource.Term);
                    if (k < 0)
                    {
                        continue;
                    }

                    ref var c = ref byKey[k];
                    if (c.Term is null || match.MeanStrength > c.Term.Value.MeanStrength)
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

    private static bool IsMultiWordContent(SentenceContext sentence, int start, int length) =>
        length == 2 && IsWord(sentence.Tokens[start]) && IsWord(sentence.Tokens[start + 1]);

    private static void AddFromDocument(Proposals byKey, SentenceContext sentence, DocumentContext document, int start, int length)
    {
        var end = start + length;
        var observed = byKey.Observed(start, length);
        if (end + 1 < sentence.Count && IsContext(sentence.Lower[end], sentence.Lower[end + 1]) && document.BeforeCandidates(sentence.Lower[end], sentence.Lower[end + 1]) is { } before)
        {
            foreach (var (word, count) in before)
            {
                if (word.Text != observed)
                {
                    var k = byKey.Add(start, length, word, CandidateSource.Document, checkVariant: true);
                    if (k >= 0)
                    {
                        byKey[k].DocumentContext = Math.Max(byKey[k].DocumentContext, count);
                    }
                }
            }
        }

        if (start >= 2 && IsContext(sentence.Lower[start - 2], sentence.Lower[start - 1]) && document.AfterCandidates(sentence.Lower[start - 2], sentence.Lower[start - 1]) is { } after)
        {
            foreach (var (word, count) in after)
            {
                if (word.Text != observed)
                {
                    var k = byKey.Add(start, length, word, CandidateSource.Document, checkVariant: true);
                    if (k >= 0)
                    {
                        byKey[k].DocumentContext = Math.Max(byKey[k].DocumentContext, count);
                    }
                }
            }
        }
    }

    // One content word of context is weaker evidence: the candidate must fill it at least twice
    // (the document's lists hold only such words).
    private void AddFromWordContext(Proposals byKey, SentenceContext sentence, DocumentContext document, int start, int length, bool relatedOnly = false)
    {
        var end = start + length;
        var observed = byKey.Observed(start, length);
        if (end < sentence.Count && DocumentContext.IsContentWord(sentence.Lower[end]) && document.BeforeWordCandidates(sentence.Lower[end]) is { } before)
        {
            AddWords(before);
        }

        if (start >= 1 && DocumentContext.IsContentWord(sentence.Lower[start - 1]) && document.AfterWordCandidates(sentence.Lower[start - 1]) is { } after)
        {
            AddWords(after);
        }

        void AddWords((CandidateText Word, int Count)[] words)
        {
            foreach (var (word, count) in words)
            {
                if (word.Text != observed && (!relatedOnly || resources.AreRelated(observed, word.Text)))
                {
                    var k = byKey.Add(start, length, word, CandidateSource.Document, checkVariant: true);
                    if (k >= 0)
                    {
                        byKey[k].DocumentContext = Math.Max(byKey[k].DocumentContext, count);
                    }
                }
            }
        }
    }

    // A span and a wording, with the wording's hash computed once per type.
    internal readonly record struct SpanWording(int Start, int Length, string Text, int Hash);

    internal sealed class SpanWordingComparer : IEqualityComparer<SpanWording>
    {
        public static readonly SpanWordingComparer Instance = new();

        public bool Equals(SpanWording x, SpanWording y) =>
            x.Start == y.Start && x.Length == y.Length && x.Hash == y.Hash && string.Equals(x.Text, y.Text, StringComparison.Ordinal);

        public int GetHashCode(SpanWording obj) => obj.Hash ^ ((obj.Start * 8) + obj.Length) * -1640531535;
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

    /// <summary>Letters, hyphens and apostrophes only (and not empty).</summary>
    internal static bool IsAlphabetic(string word)
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
