namespace Proofread.Language.Modeling;

/// <summary>What a model file holds, for <c>proofread model info</c>.</summary>
/// <param name="Order">The longest n-gram.</param>
/// <param name="VocabularySize">Words with their own id, including the three reserved ids.</param>
/// <param name="NGramCounts">How many n-grams of each order (index 0 = unigrams) the file holds.</param>
/// <param name="TrainingTokens">Tokens the model was trained on (sentence markers excluded).</param>
/// <param name="TrainingSentences">Sentences the model was trained on.</param>
/// <param name="MinWordCount">Words rarer than this in training became the unknown word.</param>
/// <param name="MinCounts">The pruning threshold of each order (index 0 = unigrams; 1 = no pruning).</param>
/// <param name="FileBytes">Size of the model file.</param>
public sealed record NGramModelInfo(
    int Order,
    int VocabularySize,
    IReadOnlyList<long> NGramCounts,
    long TrainingTokens,
    long TrainingSentences,
    int MinWordCount,
    IReadOnlyList<int> MinCounts,
    long FileBytes)
{
    /// <summary>A few lines for people.</summary>
    public override string ToString()
    {
        var counts = string.Join(", ", NGramCounts.Select((c, i) => $"{i + 1}-grams {c:N0}"));
        return $"order: {Order}\nvocabulary: {VocabularySize:N0}\nn-grams: {counts}\n" +
               $"trained on: {TrainingTokens:N0} tokens in {TrainingSentences:N0} sentences\n" +
               $"min word count: {MinWordCount}; pruning thresholds: {string.Join(", ", MinCounts)}\nsize: {FileBytes:N0} bytes";
    }
}

/// <summary>Perplexity figures of one sentence.</summary>
/// <param name="Tokens">The sentence's tokens as tokenised.</param>
/// <param name="Log10Prob">log10 P(sentence), end marker included.</param>
/// <param name="Predictions">Probabilities counted: tokens plus the end marker.</param>
/// <param name="UnknownWords">Tokens the model did not know.</param>
public sealed record SentencePerplexity(IReadOnlyList<string> Tokens, double Log10Prob, int Predictions, int UnknownWords)
{
    /// <summary>10^(-log10 P / predictions).</summary>
    public double Perplexity => Math.Pow(10, -Log10Prob / Predictions);
}

/// <summary>Perplexity of a text, overall and per sentence.</summary>
/// <param name="Sentences">Each sentence's figures, in order.</param>
public sealed record PerplexityReport(IReadOnlyList<SentencePerplexity> Sentences)
{
    /// <summary>log10 probability of the whole text.</summary>
    public double Log10Prob => Sentences.Sum(s => s.Log10Prob);

    /// <summary>Probabilities counted in all.</summary>
    public int Predictions => Sentences.Sum(s => s.Predictions);

    /// <summary>Unknown tokens in all.</summary>
    public int UnknownWords => Sentences.Sum(s => s.UnknownWords);

    /// <summary>The text's perplexity (NaN for an empty text).</summary>
    public double Perplexity => Predictions == 0 ? double.NaN : Math.Pow(10, -Log10Prob / Predictions);
}
