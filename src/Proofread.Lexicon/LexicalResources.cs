using System.Collections.Concurrent;
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
    private const int MaxCachedAnalyses = 200_000;

    private readonly ConcurrentDictionary<string, (int Id, WordForm Form)>[] _analyses =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

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

    /// <summary>
    /// The headwords that list <paramref name="word"/> read as <paramref name="pos"/>, as candidates
    /// to put into the word's form, with no allocation once the word has been seen (its lemma and
    /// form are cached): the same pairs as <see cref="SourcesOf(string, PartOfSpeech)"/>, in term-id
    /// order, not merged by inflected text. Fills <paramref name="destination"/> and returns the
    /// total count (which may exceed its length: call again with a larger buffer for the rest).
    /// </summary>
    public int SourcesOf(ReadOnlySpan<char> word, PartOfSpeech pos, Span<LexicalCandidate> destination) =>
        Candidates(word, pos, reverse: true, destination);

    /// <summary>The synonyms of <paramref name="word"/> read as <paramref name="pos"/>; see <see cref="SourcesOf(ReadOnlySpan{char}, PartOfSpeech, Span{LexicalCandidate})"/>.</summary>
    public int SynonymsOf(ReadOnlySpan<char> word, PartOfSpeech pos, Span<LexicalCandidate> destination) =>
        Candidates(word, pos, reverse: false, destination);

    /// <summary>
    /// The headwords that list <paramref name="word"/> read as <paramref name="pos"/>, as a lazy
    /// view: the look-up is a cached analysis plus a hash probe, and enumerating applies the
    /// part-of-speech filter of <see cref="SourcesOf(string, PartOfSpeech)"/>. No allocation once
    /// the word has been seen.
    /// </summary>
    public LexicalLinks SourceLinksOf(ReadOnlySpan<char> word, PartOfSpeech pos)
    {
        var (id, form) = Analysis(word, pos);
        return id < 0 ? default : new LexicalLinks(Thesaurus.SourceLinks(id), form, PosBit(pos));
    }

    /// <summary>The synonyms of <paramref name="word"/> read as <paramref name="pos"/>, as a lazy view (see <see cref="SourceLinksOf"/>).</summary>
    public LexicalLinks SynonymLinksOf(ReadOnlySpan<char> word, PartOfSpeech pos)
    {
        var (id, form) = Analysis(word, pos);
        return id < 0 ? default : new LexicalLinks(Thesaurus.SynonymLinks(id), form, PosBit(pos));
    }

    /// <summary>The synonyms of the thesaurus term <paramref name="termId"/> read as <paramref name="pos"/>, in its base form, as a lazy view.</summary>
    public LexicalLinks SynonymLinksOf(int termId, PartOfSpeech pos) => new(Thesaurus.SynonymLinks(termId), WordForm.Base, PosBit(pos));

    /// <summary>The text of <paramref name="candidate"/> in the observed form ("require" → "required").</summary>
    public string Inflect(in LexicalCandidate candidate, PartOfSpeech pos)
    {
        var term = Thesaurus.Term(candidate.TermId);
        return candidate.Form == WordForm.Base ? term : Morphology.Inflect(term, pos, candidate.Form);
    }

    /// <summary>Sorts candidates strongest first, ties in ordinal order of the term. In place, no allocation.</summary>
    public static void SortByStrength(Span<LexicalCandidate> candidates) =>
        candidates.Sort(static (a, b) => a.Strength != b.Strength ? b.Strength.CompareTo(a.Strength) : a.TermId.CompareTo(b.TermId));

    private int Candidates(ReadOnlySpan<char> word, PartOfSpeech pos, bool reverse, Span<LexicalCandidate> destination)
    {
        var (id, form) = Analysis(word, pos);
        if (id < 0)
        {
            return 0;
        }

        var posBit = PosBit(pos);
        var links = reverse ? Thesaurus.SourceLinks(id) : Thesaurus.SynonymLinks(id);
        var count = 0;
        foreach (var link in links)
        {
            if ((link.Info & PairInfo.AnyPos) != 0 && (link.Info & posBit) == 0)
            {
                continue;
            }

            if (count < destination.Length)
            {
                var strength = Math.Min(1f, link.Strength + ((link.Info & posBit) != 0 ? 0.05f : 0f));
                destination[count] = new LexicalCandidate(link.TermId, form, strength, link.Info);
            }

            count++;
        }

        return count;
    }

    // (thesaurus id of the lemma, form of the word), cached per part of speech: Analyze allocates.
    private (int Id, WordForm Form) Analysis(ReadOnlySpan<char> word, PartOfSpeech pos)
    {
        var cache = _analyses[(int)pos];
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        var analysis = Analyze(text, pos);
        if (cache.Count < MaxCachedAnalyses)
        {
            cache.TryAdd(text, analysis);
        }

        return analysis;
    }

    private (int Id, WordForm Form) Analyze(string word, PartOfSpeech pos)
    {
        var analyses = Morphology.Analyze(word, pos);
        var (lemma, form) = analyses.Count > 0 ? analyses[0] : (word.ToLowerInvariant(), WordForm.Base);
        var id = Thesaurus.Find(lemma);
        if (id < 0)
        {
            id = Thesaurus.Find(word);
            form = WordForm.Base;
        }

        return (id, form);
    }

    private static PairInfo PosBit(PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Noun => PairInfo.Noun,
        PartOfSpeech.Verb => PairInfo.Verb,
        PartOfSpeech.Adjective => PairInfo.Adjective,
        _ => PairInfo.Adverb,
    };

    private IReadOnlyList<ThesaurusEntry> Lookup(string word, PartOfSpeech pos, bool reverse)
    {
        ArgumentNullException.ThrowIfNull(word);
        var (id, form) = Analysis(word, pos);
        if (id < 0)
        {
            return [];
        }

        var posBit = PosBit(pos);
        var links = reverse ? Thesaurus.SourceLinks(id) : Thesaurus.SynonymLinks(id);
        var best = new Dictionary<string, ThesaurusEntry>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var info = link.Info;
            if ((info & PairInfo.AnyPos) != 0 && (info & posBit) == 0)
            {
                continue;
            }

            var term = Thesaurus.Term(link.TermId);
            var inflected = form == WordForm.Base ? term : Morphology.Inflect(term, pos, form);
            var strength = link.Strength + ((info & posBit) != 0 ? 0.05f : 0f);
            if (!best.TryGetValue(inflected, out var old) || old.Strength < strength)
            {
                best[inflected] = new ThesaurusEntry(inflected, Math.Min(1f, strength), info);
            }
        }

        return [.. best.Values.OrderByDescending(e => e.Strength).ThenBy(e => e.Term, StringComparer.Ordinal)];
    }
}

/// <summary>
/// A thesaurus candidate for a word in context, with no string: the candidate term's id
/// (<see cref="ThesaurusIndex.TermSpan"/>), the form to put it into
/// (<see cref="LexicalResources.Inflect"/>), the pair's strength (0–1, plus 0.05 when the pair
/// holds for the part of speech asked for) and provenance.
/// </summary>
public readonly record struct LexicalCandidate(int TermId, WordForm Form, float Strength, PairInfo Info);

/// <summary>
/// Thesaurus links of a word in context, filtered by part of speech while enumerated: each
/// <see cref="LexicalCandidate"/> carries the form to put the term into and the strength with the
/// part-of-speech bonus, as <see cref="LexicalResources.SourcesOf(ReadOnlySpan{char}, PartOfSpeech, Span{LexicalCandidate})"/> gives. The default value is empty.
/// </summary>
public readonly ref struct LexicalLinks
{
    private readonly ThesaurusLinks _links;
    private readonly WordForm _form;
    private readonly PairInfo _posBit;

    internal LexicalLinks(ThesaurusLinks links, WordForm form, PairInfo posBit)
    {
        _links = links;
        _form = form;
        _posBit = posBit;
    }

    /// <summary>The form the word was read in, which every candidate takes.</summary>
    public WordForm Form => _form;

    /// <summary>The links before the part-of-speech filter.</summary>
    public ThesaurusLinks Unfiltered => _links;

    /// <summary>An allocation-free enumerator over the candidates that pass the filter.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates <see cref="LexicalLinks"/>.</summary>
    public ref struct Enumerator
    {
        private readonly LexicalLinks _view;
        private int _k;

        internal Enumerator(LexicalLinks view)
        {
            _view = view;
            _k = -1;
        }

        /// <summary>The current candidate.</summary>
        public LexicalCandidate Current { get; private set; }

        /// <summary>Advances to the next candidate that holds for the part of speech.</summary>
        public bool MoveNext()
        {
            var posBit = _view._posBit;
            while (++_k < _view._links.Count)
            {
                var link = _view._links[_k];
                if ((link.Info & PairInfo.AnyPos) != 0 && (link.Info & posBit) == 0)
                {
                    continue;
                }

                Current = new LexicalCandidate(link.TermId, _view._form, Math.Min(1f, link.Strength + ((link.Info & posBit) != 0 ? 0.05f : 0f)), link.Info);
                return true;
            }

            return false;
        }
    }
}
