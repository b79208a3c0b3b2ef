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

    private static readonly Lazy<SpinResources> Default = new(() => Load(NGramModel.LoadDefault()));

    // Reverse lookups repeat across a text (and across files): cache them per form and tag.
    private readonly ConcurrentDictionary<(string Word, PartOfSpeech Pos), ThesaurusEntry[]> _sources = new();
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
        PassageScorer passages)
    {
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

    /// <summary>The per-passage spin-score model.</summary>
    public PassageScorer Passages { get; }

    /// <summary>The shipped resources (loaded once, then shared).</summary>
    public static SpinResources LoadDefault() => Default.Value;

    /// <summary>
    /// The shipped resources with another word n-gram model (<c>check --model</c>), and optionally
    /// another combiner and passage scorer (the trainer's).
    /// </summary>
    public static SpinResources Load(NGramModel language, SpinCombiner? combiner = null, PassageScorer? passages = null, IReadOnlyList<string>? glossaryTerms = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var terms = Task.Run(() => glossaryTerms is { Count: > 0 } ? TermIndex.LoadDefault().WithTerms(glossaryTerms) : TermIndex.LoadDefault());
        var lexicon = Task.Run(LexicalResources.LoadDefault);
        var tagger = Task.Run(PosTagger.LoadDefault);
        var vectors = WordVectors.LoadDefault();
        var confusions = ConfusionSets.LoadDefault();
        combiner ??= SpinCombiner.LoadDefault();
        passages ??= PassageScorer.LoadDefault();
        return new SpinResources(lexicon.GetAwaiter().GetResult(), language, tagger.GetAwaiter().GetResult(), vectors, confusions, terms.GetAwaiter().GetResult(), combiner, passages);
    }

    /// <summary>The same resources with another combiner and passage scorer.</summary>
    public SpinResources With(SpinCombiner combiner, PassageScorer passages) =>
        new(Lexicon, Language, Tagger, Vectors, Confusions, Terms, combiner, passages);

    /// <summary>Headwords that list <paramref name="word"/> (read as <paramref name="pos"/>), inflected like it, strongest first.</summary>
    internal ThesaurusEntry[] SourcesOf(string word, PartOfSpeech pos) =>
        _sources.GetOrAdd((word, pos), static (key, lexicon) =>
        {
            var reverse = lexicon.SourcesOf(key.Word, key.Pos);
            var forward = lexicon.SynonymsOf(key.Word, key.Pos);
            // Both directions: a spinner may take its synonym from a list the thesaurus stores the other way.
            var merged = new Dictionary<string, ThesaurusEntry>(StringComparer.Ordinal);
            foreach (var e in reverse.Take(MaxThesaurusCandidates))
            {
                merged.TryAdd(e.Term, e);
            }

            foreach (var e in forward.Take(MaxThesaurusCandidates / 3))
            {
                merged.TryAdd(e.Term, e with { Strength = e.Strength * 0.8f });
            }

            return [.. merged.Values.Where(e => !string.Equals(e.Term, key.Word, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(e => e.Strength).ThenBy(e => e.Term, StringComparer.Ordinal)];
        }, Lexicon);

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
