using System.Collections.Concurrent;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Language.Vectors;
using Proofread.Lexicon;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Spelling;
using Proofread.Lexicon.Terms;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>
/// Everything the spin detector reads: lexicon, language models, confusion sets and the learned
/// combiner. Loaded once, immutable apart from a lookup cache, shared across threads and files.
/// </summary>
public sealed class SpinResources
{
    /// <summary>Most reverse-thesaurus candidates kept per observed word (strongest first).</summary>
    internal const int MaxThesaurusCandidates = 30;

    /// <summary>How deep into a word's synonym list a spinner is assumed to pick (the channel model).</summary>
    public const int ChannelDepth = 20;

    /// <summary>The channel rank of a candidate no headword list explains.</summary>
    public const int NoChannel = 64;

    // Headwords beyond the strongest that still rank the observed word high: at most this many more.
    private const int MaxChannelCandidates = 30;

    private static readonly Lazy<SpinResources> Default = new(() => Load(NGramModel.LoadDefault()));

    // Most word types (and phrases) whose candidate lists are kept: a bound on memory in a long-lived process.
    private const int MaxCachedTypes = 1 << 18;

    // Reverse lookups repeat across a text (and across files): cache them per form and tag.
    private readonly ConcurrentDictionary<(string Word, PartOfSpeech Pos), SourceTerm[]> _sources = new();
    private readonly ConcurrentDictionary<string, SourceTerm[]> _phraseSources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Words, int MaxResults, float MinStrength), TermMatch[]> _distorted = new();
    private int _cachedTypes;
    private readonly ConcurrentDictionary<(int Headword, PartOfSpeech Pos), float[]> _channelTops = new();
    private readonly ConcurrentDictionary<(string Word, PartOfSpeech Pos), (string Lemma, WordForm Form)[]> _lemmas = new();
    private readonly ConcurrentDictionary<string, int> _fanOut = new(StringComparer.Ordinal);
    private readonly Lazy<RegionalSpelling> _toAmerican = new(() => RegionalSpelling.LoadDefault(SpellingLanguage.EnglishUS));

    /// <summary>Bundles already loaded resources.</summary>
    public SpinResources(
        LexicalResources lexicon,
        NGramModel language,
        PosTagger tagger,
        WordVectors vectors,
        ConfusionSets confusions,
        TermIndex terms,
        SpinCombiner combiner,
        PassageScorer passages,
        SpinCombiner? refiner = null,
        SpinPruner? pruner = null)
    {
        Refiner = refiner;
        Pruner = pruner ?? SpinPruner.Untrained;
        Terms = terms;
        Lexicon = lexicon;
        Language = language;
        Tagger = tagger;
        Vectors = vectors;
        Confusions = confusions;
        Combiner = combiner;
        Passages = passages;
    }

    /// <summary>Lemmas, inflection, thesaurus and word frequencies.</summary>
    public LexicalResources Lexicon { get; }

    /// <summary>The word n-gram model.</summary>
    public NGramModel Language { get; }

    /// <summary>The part-of-speech tagger.</summary>
    public PosTagger Tagger { get; }

    /// <summary>Distributional word vectors.</summary>
    public WordVectors Vectors { get; }

    /// <summary>Closed-class confusion sets.</summary>
    public ConfusionSets Confusions { get; }

    /// <summary>Known multi-word terms and names (plus user glossaries).</summary>
    public TermIndex Terms { get; }

    /// <summary>The learned candidate classifier.</summary>
    public SpinCombiner Combiner { get; }

    /// <summary>The second-stage classifier, which also weighs the first pass's verdicts around a candidate (none: the first pass decides).</summary>
    public SpinCombiner? Refiner { get; }

    /// <summary>Orders a span's proposals before the combiner sees the best of them.</summary>
    public SpinPruner Pruner { get; }

    /// <summary>The per-passage spin-score model.</summary>
    public PassageScorer Passages { get; }

    /// <summary>The shipped resources (loaded once, then shared).</summary>
    public static SpinResources LoadDefault() => Default.Value;

    /// <summary>
    /// The shipped resources with another word n-gram model (<c>check --model</c>), and optionally
    /// another combiner and passage scorer (the trainer's; then no refiner, and the untrained pruner).
    /// </summary>
    public static SpinResources Load(NGramModel language, SpinCombiner? combiner = null, PassageScorer? passages = null, IReadOnlyList<string>? glossaryTerms = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var terms = Task.Run(() => glossaryTerms is { Count: > 0 } ? TermIndex.LoadDefault().WithTerms(glossaryTerms) : TermIndex.LoadDefault());
        var lexicon = Task.Run(LexicalResources.LoadDefault);
        var tagger = Task.Run(PosTagger.LoadDefault);
        var vectors = WordVectors.LoadDefault();
        var confusions = ConfusionSets.LoadDefault();
        var refiner = combiner is null ? SpinCombiner.LoadDefaultRefiner() : null;
        var pruner = combiner is null ? SpinPruner.LoadDefault() : null;
        combiner ??= SpinCombiner.LoadDefault();
        passages ??= PassageScorer.LoadDefault();
        return new SpinResources(lexicon.GetAwaiter().GetResult(), language, tagger.GetAwaiter().GetResult(), vectors, confusions, terms.GetAwaiter().GetResult(), combiner, passages, refiner, pruner);
    }

    /// <summary>The same resources with another combiner, passage scorer and refiner (none: the first pass decides).</summary>
    public SpinResources With(SpinCombiner combiner, PassageScorer passages, SpinCombiner? refiner = null) =>
        new(Lexicon, Language, Tagger, Vectors, Confusions, Terms, combiner, passages, refiner, Pruner);

    /// <summary>The same resources with another pruner.</summary>
    internal SpinResources With(SpinPruner pruner) =>
        new(Lexicon, Language, Tagger, Vectors, Confusions, Terms, Combiner, Passages, Refiner, pruner);

    /// <summary>
    /// Possible originals of <paramref name="word"/> (read as <paramref name="pos"/>), inflected like it,
    /// strongest first: the headwords that list it within their <see cref="ChannelDepth"/> strongest
    /// synonyms (where a spinner picks), the strongest other headwords, and its own strongest synonyms.
    /// </summary>
    internal SourceCandidate[] SourcesOf(string word, PartOfSpeech pos) => ComputeSources(word, pos);

    /// <summary>
    /// <see cref="SourcesOf"/> for a lower-case word, as candidate wordings (lower case, with model ids),
    /// without those that are the word itself or its other regional spelling (never candidates).
    /// Cached per word and tag.
    /// </summary>
    internal SourceTerm[] SourceTermsOf(string word, PartOfSpeech pos)
    {
        if (_sources.TryGetValue((word, pos), out var terms))
        {
            return terms;
        }

        var sources = ComputeSources(word, pos);
        var list = new List<SourceTerm>(sources.Length);
        foreach (var e in sources)
        {
            var text = e.Term.ToLowerInvariant();
            if (text != word && !IsSpellingVariant(word, text))
            {
                list.Add(new SourceTerm(new CandidateText(text, Language), e.Strength, e.Info, e.ChannelRank));
            }
        }

        terms = [.. list];
        return Remember(_sources, (word, pos), terms);
    }

    /// <summary>
    /// Candidate wordings for a phrase of two or more lower-case words: the headwords that list the
    /// phrase (or its lemma, put back into the observed form) as a multi-word synonym, strongest first,
    /// without the phrase itself. Cached per phrase.
    /// </summary>
    internal SourceTerm[] PhraseSourcesOf(string phrase) =>
        _phraseSources.TryGetValue(phrase, out var terms) ? terms : Remember(_phraseSources, phrase, ComputePhraseSources(phrase));

    private SourceTerm[] ComputePhraseSources(string phrase)
    {
        var thesaurus = Lexicon.Thesaurus;
        var list = new List<SourceTerm>();
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

            foreach (var (term, strength, info) in ranked.OrderByDescending(r => r.Strength).Take(MaxThesaurusCandidates))
            {
                var text = (form == WordForm.Base ? thesaurus.Term(term) : Lexicon.Morphology.Inflect(thesaurus.Term(term), pos, form)).ToLowerInvariant();
                if (text != phrase && (form == WordForm.Base || IsWordForm(text)))
                {
                    list.Add(new SourceTerm(new CandidateText(text, Language), strength, info, ChannelRank(term, pos, strength)));
                }
            }
        }

        return [.. list];
    }

    // The phrase as listed, else its lemma with the first word as a verb ("held back") or the last as a noun ("call options").
    private IEnumerable<(int Id, PartOfSpeech Pos, WordForm Form)> PhraseLemmas(string phrase)
    {
        var thesaurus = Lexicon.Thesaurus;
        var id = thesaurus.Find(phrase);
        if (id >= 0)
        {
            yield return (id, PartOfSpeech.Noun, WordForm.Base);
            yield break;
        }

        var first = phrase.IndexOf(' ', StringComparison.Ordinal);
        foreach (var (lemma, form) in LemmasOf(phrase[..first], PartOfSpeech.Verb))
        {
            if (form != WordForm.Base && thesaurus.Find(lemma + phrase[first..]) is var verb and >= 0)
            {
                yield return (verb, PartOfSpeech.Verb, form);
                yield break;
            }
        }

        var last = phrase.LastIndexOf(' ');
        foreach (var (lemma, form) in LemmasOf(phrase[(last + 1)..], PartOfSpeech.Noun))
        {
            if (form != WordForm.Base && thesaurus.Find(phrase[..(last + 1)] + lemma) is var noun and >= 0)
            {
                yield return (noun, PartOfSpeech.Noun, form);
                yield break;
            }
        }
    }

    /// <summary>
    /// <see cref="TermIndex.FindDistorted"/> of the words as written (cached per word sequence and
    /// settings: noun phrases and names repeat across a text).
    /// </summary>
    internal TermMatch[] DistortedTermsOf(List<string> words, int maxResults, float minStrength)
    {
        var key = (string.Join(' ', words), maxResults, minStrength);
        return _distorted.TryGetValue(key, out var matches)
            ? matches
            : Remember(_distorted, key, [.. Terms.FindDistorted(words, Lexicon, maxResults, minStrength)]);
    }

    private TValue Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        // Past the bound new types are computed each time (the results are the same either way).
        if (Volatile.Read(ref _cachedTypes) < MaxCachedTypes)
        {
            if (cache.TryAdd(key, value))
            {
                Interlocked.Increment(ref _cachedTypes);
                return value;
            }

            return cache.TryGetValue(key, out var other) ? other : value;
        }

        return value;
    }

    private SourceCandidate[] ComputeSources(string word, PartOfSpeech pos)
    {
        var count = Lexicon.SourcesOf(word.AsSpan(), pos, []);
        var links = new LexicalCandidate[count];
        Lexicon.SourcesOf(word.AsSpan(), pos, links);
        LexicalResources.SortByStrength(links);

        // Headwords ranked by how prominently they list the word: a spinner replaces a word with one
        // of its strongest synonyms, so the original is a headword that ranks the observed word high.
        var ranked = new (LexicalCandidate Link, int Rank)[links.Length];
        for (var i = 0; i < links.Length; i++)
        {
            ranked[i] = (links[i], ChannelRank(links[i].TermId, pos, links[i].Strength));
        }

        var merged = new Dictionary<string, SourceCandidate>(StringComparer.Ordinal);
        void Merge(LexicalCandidate link, int rank)
        {
            var term = Lexicon.Inflect(link, pos);
            if (string.Equals(term, word, StringComparison.OrdinalIgnoreCase) || (link.Form != WordForm.Base && !IsWordForm(term)))
            {
                return;
            }

            merged[term] = merged.TryGetValue(term, out var old)
                ? old with { Strength = Math.Max(old.Strength, link.Strength), ChannelRank = Math.Min(old.ChannelRank, rank) }
                : new SourceCandidate(term, link.Strength, link.Info, rank);
        }

        foreach (var (link, rank) in ranked.Take(MaxThesaurusCandidates))
        {
            Merge(link, rank);
        }

        foreach (var (link, rank) in ranked.Skip(MaxThesaurusCandidates).Where(r => r.Rank < ChannelDepth).OrderBy(r => r.Rank).Take(MaxChannelCandidates))
        {
            Merge(link, rank);
        }

        // Both directions: a spinner may take its synonym from a list the thesaurus stores the other way.
        foreach (var e in Lexicon.SynonymsOf(word, pos).Take(MaxThesaurusCandidates / 3))
        {
            if (!merged.ContainsKey(e.Term) && !string.Equals(e.Term, word, StringComparison.OrdinalIgnoreCase) && IsWordForm(e.Term))
            {
                merged[e.Term] = new SourceCandidate(e.Term, e.Strength * 0.8f, e.Info, NoChannel);
            }
        }

        return [.. merged.Values.OrderByDescending(e => e.Strength).ThenBy(e => e.Term, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether an inflected thesaurus term is a word: a term listed as it is, or one whose every word
    /// the speller accepts (as written or capitalised, for names). Moby lists some terms without a
    /// part of speech and some already inflected, and putting those into the observed form makes
    /// non-words ("personsed" for "stated", "handses", "state of affairses") that must never be offered.
    /// </summary>
    private bool IsWordForm(string text)
    {
        if (Lexicon.Thesaurus.Find(text) >= 0)
        {
            return true;
        }

        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0 || (!Lexicon.Speller.Check(word) && !Lexicon.Speller.Check(char.ToUpperInvariant(word[0]) + word[1..])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the thesaurus lists one word (or its lemma) as a synonym of the other, in either direction.</summary>
    internal bool AreRelated(string a, string b)
    {
        var thesaurus = Lexicon.Thesaurus;
        var ida = thesaurus.Find(a);
        var idb = thesaurus.Find(b);
        if (ida < 0 || idb < 0)
        {
            return false;
        }

        foreach (var link in thesaurus.SynonymLinks(ida))
        {
            if (link.TermId == idb)
            {
                return true;
            }
        }

        foreach (var link in thesaurus.SynonymLinks(idb))
        {
            if (link.TermId == ida)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lemmas and forms of <paramref name="word"/> read as <paramref name="pos"/> (cached: phrases repeat their words).</summary>
    internal (string Lemma, WordForm Form)[] LemmasOf(string word, PartOfSpeech pos) =>
        _lemmas.GetOrAdd((word, pos), static (key, morphology) => [.. morphology.Analyze(key.Word, key.Pos)], Lexicon.Morphology);

    /// <summary>
    /// Where a pair of this strength ranks among the headword's synonyms read as <paramref name="pos"/>:
    /// 0 for its strongest, <see cref="ChannelDepth"/> when beyond the strongest <see cref="ChannelDepth"/>.
    /// </summary>
    internal int ChannelRank(int headword, PartOfSpeech pos, float strength)
    {
        var top = _channelTops.GetOrAdd((headword, pos), static (key, lexicon) =>
        {
            var strengths = new List<float>();
            foreach (var synonym in lexicon.SynonymLinksOf(key.Headword, key.Pos))
            {
                strengths.Add(synonym.Strength);
            }

            strengths.Sort(static (a, b) => b.CompareTo(a));
            return strengths.Count > ChannelDepth ? [.. strengths.Take(ChannelDepth)] : [.. strengths];
        }, Lexicon);

        var rank = 0;
        while (rank < top.Length && top[rank] > strength)
        {
            rank++;
        }

        return rank;
    }

    /// <summary>
    /// Whether two words are one word in British and American spelling ("programme", "program"):
    /// the thesaurus lists such pairs, but swapping them is not spinning.
    /// </summary>
    internal bool IsSpellingVariant(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length < 3 || b.Length < 3 || a[0] != b[0] || a[1] != b[1])
        {
            return false;
        }

        var toAmerican = _toAmerican.Value;
        return toAmerican.Candidates(a, w => w == b).Count > 0 || toAmerican.Candidates(b, w => w == a).Count > 0;
    }

    /// <summary>How many headwords list <paramref name="lemma"/> at all (a channel feature: the more, the likelier a spinner lands on it).</summary>
    internal int FanOut(string lemma) =>
        _fanOut.GetOrAdd(lemma, static (w, thesaurus) =>
        {
            var id = thesaurus.Find(w);
            return id < 0 ? 0 : thesaurus.SourceIds(id).Length;
        }, Lexicon.Thesaurus);
}

/// <summary>A possible original of an observed word: the text in the observed form, the pair's strength and provenance, and its channel rank.</summary>
/// <param name="Term">The candidate, inflected like the observed word.</param>
/// <param name="Strength">The pair's relation strength.</param>
/// <param name="Info">The pair's sources and parts of speech.</param>
/// <param name="ChannelRank">Where the observed word ranks among the candidate's own synonyms (<see cref="SpinResources.NoChannel"/> when it is not listed).</param>
internal readonly record struct SourceCandidate(string Term, float Strength, PairInfo Info, int ChannelRank);

/// <summary>A possible original as a candidate wording, with the pair's strength, provenance and channel rank.</summary>
/// <param name="Text">The wording, lower case.</param>
/// <param name="Strength">The pair's relation strength.</param>
/// <param name="Info">The pair's sources and parts of speech.</param>
/// <param name="ChannelRank">Where the observed word ranks among the candidate's own synonyms.</param>
internal readonly record struct SourceTerm(CandidateText Text, float Strength, PairInfo Info, int ChannelRank);
