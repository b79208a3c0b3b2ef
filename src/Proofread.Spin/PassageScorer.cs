namespace Proofread.Spin;

/// <summary>
/// The per-file spin score: logistic regression over a text's aggregated spin evidence (share of
/// suspicious words, mean candidate probability, language-model fit), trained on passages of
/// held-out corpus text, spun and clean, by src/Proofread.Spin.Build.
/// </summary>
public sealed class PassageScorer
{
    /// <summary>The aggregate features, in order.</summary>
    public static readonly IReadOnlyList<string> FeatureNames =
        ["suspicious-share", "mean-probability", "top-decile-probability", "flagged-per-100-words", "lm-per-token", "unattested-share",
         "first-pass-mean-probability", "first-pass-top-decile-probability", "first-pass-flagged-per-100-words"];

    private readonly double[] _weights; // bias first

    /// <summary>A scorer with the bias first, then one weight per feature.</summary>
    public PassageScorer(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != FeatureNames.Count + 1)
        {
            throw new ArgumentException($"Expected {FeatureNames.Count + 1} weights.", nameof(weights));
        }

        _weights = [.. weights];
    }

    /// <summary>Bias, then feature weights.</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <summary>The shipped scorer.</summary>
    public static PassageScorer LoadDefault() => Load(ProofreadData.Path("spin/passage.txt"));

    /// <summary>Reads "name weight" lines (bias first).</summary>
    /// <exception cref="InvalidDataException">The file does not match <see cref="FeatureNames"/>.</exception>
    public static PassageScorer Load(string path) => new(WeightsFile.Read(path, FeatureNames));

    /// <summary>Writes the format <see cref="Load"/> reads.</summary>
    public void Write(TextWriter writer) =>
        WeightsFile.Write(writer, "Proofread passage spin score: logistic regression weights. Rebuilt by src/Proofread.Spin.Build.", FeatureNames, _weights);

    /// <summary>P(machine-spun) for a text's aggregate features.</summary>
    public double Probability(ReadOnlySpan<double> features) => 1 / (1 + Math.Exp(-WeightsFile.Logit(_weights, features)));
}
