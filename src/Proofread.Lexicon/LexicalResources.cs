using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Lexicon;

/// <summary>
/// The lexical resources together: spelling dictionary, word frequencies, morphology and
/// thesaurus, with thesaurus look-ups by lemma and part of speech that put each candidate back
/// into the observed form ("needed" → need → require → "required"). Immutable and thread-safe.
/// </summary>
public sealed class LexicalResources
{
    /// <summary>Bundles already-loaded resources.</summary>
    public LexicalResources(WordList speller, WordFrequencies frequencies, WordMorphology morphology, ThesaurusIndex thesaurus)
    {
        Speller = speller;
        Frequencies = frequencies;
        Morphology = morphology;
        Thesaurus = thesaurus;
    }

    /// <summary>The en_US spelling dictionary.</summary>
    public WordList Speller { get; }

    /// <summary>Corpus word counts.</summary>
    public WordFrequencies Frequencies { get; }

    /// <summary>Lemmatiser and inflector.</summary>
    public WordMorphology Morphology { get; }

    /// <summary>The merged thesaurus.</summary>
    public ThesaurusIndex Thesaurus { get; }

    /// <summary>Loads the shipped resources (the thesaurus loads alongside the rest).</summary>
    public static LexicalResources LoadDefault()
    {
        // Independent files load side by side; the morphology gets the speller once both are in.
        var thesaurus = Task.Run(ThesaurusIndex.LoadDefault);
        var morphology = Task.Run(() => WordMorphology.LoadDefault());
        var frequencies = WordFrequencies.LoadDefault();
        var speller = Spelling.SpellingAnalyzer.LoadWordList("en_US", () => frequencies);
        return new LexicalResources(
            speller,
            frequencies,
            morphology.GetAwaiter().GetResult().WithSpeller(speller),
            thesaurus.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Synonyms of <paramref name="word"/> read as <paramref name="pos"/>, inflected like it, strongest first.
    /// Pairs whose sources give another part of speech only are left out; pairs with no part of speech (Moby) stay.
    /// </summary>
    public IReadOnlyList<ThesaurusEntry> SynonymsOf(string word, PartOfSpeech pos) =>
        Lookup(word, pos, reverse: false);

    /// <summary>The headwords that list <paramref name="word"/> (read as <paramref name="pos"/>), inflected like it.</summary>
    public IReadOnlyList<ThesaurusEntry> SourcesOf(string word, PartOfSpeech pos) =>
        Lookup(word, pos, reverse: true);

    private IReadOnlyList<ThesaurusEntry> Lookup(string word, PartOfSpeech pos, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(word);
        var analyses = Morphology.Analyze(word, pos);
        var (lemma, form) = analyses.Count > 0 ? analyses[0] : (word.ToLowerInvariant(), WordForm.Base);
        var id = Thesaurus.Find(lemma);
        if (id < 0)
        {
            id = Thesaurus.Find(word);
            form = WordForm.Base;
        }

        if (id < 0)
        {
            return [];
        }

        var posBit = pos switch
        {
            PartOfSpeech.Noun => PairInfo.Noun,
            PartOfSpeech.Verb => PairInfo.Verb,
            PartOfSpeech.Adjective => PairInfo.Adjective,
            _ => PairInfo.Adverb,
        };
        var ids = reverse ? Thesaurus.SourceIds(id) : Thesaurus.SynonymIds(id);
        var first = Thesaurus.FirstPair(id);
        var pairs = reverse ? Thesaurus.SourcePairs(id) : default;
        var best = new Dictionary<string, ThesaurusEntry>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Length; k++)
        {
            var pair = reverse ? pairs[k] : first + k;
            var info = Thesaurus.PairInfoOf(pair);
            if ((info & PairInfo.AnyPos) != 0 && (info & posBit) == 0)
            {
                continue;
            }

            var term = Thesaurus.Term(ids[k]);
            var inflected = form == WordForm.Base ? term : Morphology.Inflect(term, pos, form);
            var strength = Thesaurus.PairStrength(pair) + ((info & posBit) != 0 ? 0.05f : 0f);
            if (!best.TryGetValue(inflected, out var old) || old.Strength < strength)
            {
                best[inflected] = new ThesaurusEntry(inflected, Math.Min(1f, strength), info);
            }
        }

        return [.. best.Values.OrderByDescending(e => e.Strength).ThenBy(e => e.Term, StringComparer.Ordinal)];
    }
}
