using Proofread.Language.Tagging;

namespace Proofread.Language.Modeling;

/// <summary>
/// An n-gram model over universal part-of-speech tags (order 5 shipped): how grammatical a
/// reading is even where the word model has never seen the words ("the Eighth Get together
/// Congress" puts VERB ADV where a NOUN belongs). A thin wrapper over <see cref="NGramModel"/>,
/// whose words are the lower-cased tag names.
/// </summary>
public sealed class PosClassModel
{
    /// <summary>The shipped model, relative to the data folder.</summary>
    public const string DefaultModelPath = "models/posclass.bin";

    private static readonly Lazy<PosClassModel> Default = new(() => Load(ProofreadData.Path(DefaultModelPath)));

    private readonly int[] _ids = new int[UniversalTags.Count];

    /// <summary>Wraps a model trained on tag sequences (see <see cref="TagWord"/>).</summary>
    public PosClassModel(NGramModel model)
    {
        Model = model;
        for (var t = 0; t < UniversalTags.Count; t++)
        {
            _ids[t] = model.WordId(TagWord((UniversalTag)t));
        }
    }

    /// <summary>The underlying n-gram model.</summary>
    public NGramModel Model { get; }

    /// <summary>The shipped model (loaded once, shared).</summary>
    public static PosClassModel LoadDefault() => Default.Value;

    /// <summary>Loads a class model file.</summary>
    public static PosClassModel Load(string path) => new(NGramModel.Load(path));

    /// <summary>The token that stands for a tag in the training text ("NOUN", ".", …).</summary>
    public static string TagWord(UniversalTag tag) => tag.Name();

    /// <summary>The model id of a tag.</summary>
    public int Id(UniversalTag tag) => _ids[(int)tag];

    /// <summary>Model ids of a tag sequence, with the sentence markers.</summary>
    public int[] ToIds(ReadOnlySpan<UniversalTag> tags)
    {
        var ids = new int[tags.Length + 2];
        ids[0] = NGramVocabulary.StartId;
        for (var i = 0; i < tags.Length; i++)
        {
            ids[i + 1] = _ids[(int)tags[i]];
        }

        ids[^1] = NGramVocabulary.EndId;
        return ids;
    }

    /// <summary>log10 P(tag sequence), sentence markers included.</summary>
    public double SentenceLogProb(ReadOnlySpan<UniversalTag> tags) => Model.SentenceLogProb(ToIds(tags));
}
