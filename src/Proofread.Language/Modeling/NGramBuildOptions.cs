namespace Proofread.Language.Modeling;

/// <summary>How the training files are laid out.</summary>
public enum CorpusFormat
{
    /// <summary>Plain text: tokenised and split into sentences by <see cref="Text.CorpusTokenizer"/>.</summary>
    Text,

    /// <summary>One sentence a line, tokens separated by single spaces (the output of corpora/build.sh).</summary>
    Tokenized,
}

/// <summary>Settings of <see cref="NGramModelBuilder"/>.</summary>
public sealed record NGramBuildOptions
{
    /// <summary>The longest n-gram (2 to 4).</summary>
    public int Order { get; init; } = 3;

    /// <summary>Words seen fewer times than this become the unknown word.</summary>
    public int MinWordCount { get; init; } = 2;

    /// <summary>The vocabulary keeps at most this many words (the most frequent).</summary>
    public int MaxVocabulary { get; init; } = 60000;

    /// <summary>
    /// Count pruning: an n-gram of order i + 1 seen fewer than MinCounts[i] times in training is
    /// dropped (unless a kept longer n-gram needs it). Missing entries and entry 0 mean 1 (keep all).
    /// </summary>
    public IReadOnlyList<int> MinCounts { get; init; } = [];

    /// <summary>How the training files are laid out.</summary>
    public CorpusFormat Format { get; init; } = CorpusFormat.Text;

    /// <summary>The pruning threshold of an order (1-based).</summary>
    public int MinCount(int order) => order >= 2 && order - 1 < MinCounts.Count ? Math.Max(1, MinCounts[order - 1]) : 1;
}
