using Proofread.Language.Modeling;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Spin;

/// <summary>
/// Ranks a span's proposals before the costly evidence, so that only the likeliest originals reach
/// the combiner: logistic regression over what pruning already knows (the language model's delta,
/// the relation's strength and direction, the sources, the wording's corpus rate), trained on every
/// proposal for the trainer's spins by src/Proofread.Spin.Build. The hand-set order it replaced
/// (delta plus strength and channel rank, with extras for confusion sets and document words)
/// pruned a fifth of the proposed true originals while passing more candidates on. Its features
/// include hinges and products of the basic ones, so that the linear model can bend.
/// </summary>
public sealed class SpinPruner
{
    /// <summary>The features, in order.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
    [
        "lm-delta", "strength", "channel-bonus", "channel-listed", "from-confusion", "from-document", "from-thesaurus", "from-term",
        "moby", "mythes", "wordnet", "pos-match", "cand-unigram", "length-change", "obs-length", "doc-context", "delta-behind-best",
        "span-candidates",
        "delta-above-minus-2", "delta-above-0", "delta-above-1", "delta-above-2", "delta-above-4",
        "delta-if-listed", "delta-if-confusion", "delta-if-document", "delta-if-thesaurus", "delta-if-term", "delta-times-channel-bonus",
        "unigram-above-minus-6", "unigram-above-minus-5", "unigram-above-minus-4", "unigram-above-minus-3",
        "unigram-if-listed", "unigram-if-document", "unigram-if-confusion",
    ];

    /// <summary>How many features <see cref="Fill"/> writes.</summary>
    public static int Count => FeatureNames.Count;

    private readonly double[] _weights; // bias first

    /// <summary>A pruner with the bias first, then one weight per feature.</summary>
    public SpinPruner(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Count + 1)
        {
            throw new ArgumentException($"Expected {Count + 1} weights.", nameof(weights));
        }

        _weights = [.. weights];
    }

    /// <summary>Before training: the language model's delta alone orders a span's proposals.</summary>
    public static SpinPruner Untrained { get; } = new([0, 1, .. new double[Count - 1]]);

    /// <summary>The shipped pruner.</summary>
    public static SpinPruner LoadDefault() => Load(ProofreadData.Path("spin/pruner.txt"));

    /// <summary>Reads "name weight" lines (bias first).</summary>
    /// <exception cref="InvalidDataException">The file does not match <see cref="FeatureNames"/>.</exception>
    public static SpinPruner Load(string path) => new(WeightsFile.Read(path, FeatureNames));

    /// <summary>Writes the format <see cref="Load"/> reads.</summary>
    public void Write(TextWriter writer) =>
        WeightsFile.Write(writer, "Proofread spin pruner: logistic regression weights. Rebuilt by src/Proofread.Spin.Build.", FeatureNames, _weights);

    /// <summary>Bias, then feature weights.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The proposal's score (a logit; only the order within a span matters).</summary>
    public double Score(ReadOnlySpan<float> features) => WeightsFile.Logit(_weights, features);

    /// <summary>
    /// Writes a proposal's features: <paramref name="bestDelta"/> is the best delta among its span's
    /// <paramref name="spanCandidates"/> proposals.
    /// </summary>
    internal static void Fill(Span<float> x, in Proposal p, double bestDelta, int spanCandidates, NGramModel language)
    {
        var listed = p.ChannelRank < SpinResources.ChannelDepth;
        x[0] = (float)Math.Clamp(p.Delta, -5, 8);
        x[1] = p.Strength;
        x[2] = listed ? 1f - ((float)p.ChannelRank / SpinResources.ChannelDepth) : 0;
        x[3] = listed ? 1 : 0;
        x[4] = (p.Sources & CandidateSource.Confusion) != 0 ? 1 : 0;
        x[5] = (p.Sources & CandidateSource.Document) != 0 ? 1 : 0;
        x[6] = (p.Sources & CandidateSource.Thesaurus) != 0 ? 1 : 0;
        x[7] = (p.Sources & CandidateSource.Term) != 0 ? 1 : 0;
        x[8] = (p.Info & PairInfo.Moby) != 0 ? 1 : 0;
        x[9] = (p.Info & (PairInfo.MyThes | PairInfo.MyThesRelated)) != 0 ? 1 : 0;
        x[10] = (p.Info & PairInfo.WordNet) != 0 ? 1 : 0;
        x[11] = (p.Info & PairInfo.AnyPos) != 0 ? 1 : 0;
        x[12] = p.Text.UnigramLogProb(language);
        x[13] = p.Text.Ids.Length - p.Length;
        x[14] = p.Length;
        x[15] = MathF.Log(1 + p.DocumentContext);
        x[16] = (float)Math.Clamp(p.Delta - bestDelta, -8, 0);
        x[17] = MathF.Log(1 + spanCandidates);

        // A linear model needs these to bend: the delta and the wording's corpus rate matter
        // differently by amount and by source (on the trainer's first-round spins, these kept 86 %
        // of the proposed true originals in a span's best 10 instead of 81 %).
        var delta = x[0];
        x[18] = Math.Max(delta + 2, 0);
        x[19] = Math.Max(delta, 0);
        x[20] = Math.Max(delta - 1, 0);
        x[21] = Math.Max(delta - 2, 0);
        x[22] = Math.Max(delta - 4, 0);
        x[23] = delta * x[3];
        x[24] = delta * x[4];
        x[25] = delta * x[5];
        x[26] = delta * x[6];
        x[27] = delta * x[7];
        x[28] = delta * x[2];
        var unigram = x[12];
        x[29] = Math.Max(unigram + 6, 0);
        x[30] = Math.Max(unigram + 5, 0);
        x[31] = Math.Max(unigram + 4, 0);
        x[32] = Math.Max(unigram + 3, 0);
        x[33] = unigram * x[3];
        x[34] = unigram * x[5];
        x[35] = unigram * x[4];
    }
}
