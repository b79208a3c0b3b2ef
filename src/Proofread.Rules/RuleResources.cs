using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;

namespace Proofread.Rules;

/// <summary>
/// The shared, immutable resources rules may need, each loaded on first use only: rules that need
/// none of them add no start-up time. Thread-safe.
/// </summary>
public sealed class RuleResources
{
    private readonly Lazy<NGramModel> _model;
    private readonly Lazy<PosTagger> _tagger;
    private readonly Lazy<WordMorphology> _morphology;

    /// <summary>Creates resources from loaders, each called at most once.</summary>
    public RuleResources(Func<NGramModel> model, Func<PosTagger> tagger, Func<WordMorphology> morphology)
    {
        _model = new Lazy<NGramModel>(model, LazyThreadSafetyMode.ExecutionAndPublication);
        _tagger = new Lazy<PosTagger>(tagger, LazyThreadSafetyMode.ExecutionAndPublication);
        _morphology = new Lazy<WordMorphology>(() => morphology(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The shipped language model, tagger and morphology.</summary>
    public static RuleResources Default { get; } = new(NGramModel.LoadDefault, PosTagger.LoadDefault, () => WordMorphology.LoadDefault());

    /// <summary>The word n-gram model (confusion rules).</summary>
    public NGramModel Model => _model.Value;

    /// <summary>The part-of-speech tagger (pattern rules with <c>pos</c>).</summary>
    public PosTagger Tagger => _tagger.Value;

    /// <summary>Lemmas and inflection (pattern rules with <c>lemma</c>, templates with verb forms).</summary>
    public WordMorphology Morphology => _morphology.Value;
}
