namespace Proofread.Language.Tagging;

/// <summary>
/// Trains a <see cref="PosTagger"/>: an averaged perceptron with greedy decoding (predicted
/// previous tags as features), a tag dictionary for frequent unambiguous words, and weights
/// quantised to 16 bits. Deterministic for the same data and seed.
/// </summary>
public sealed class PosTaggerTrainer
{
    private const int T = UniversalTags.Count;

    private readonly Dictionary<ulong, int> _index = [];
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _instances;

    /// <summary>Training passes over the data.</summary>
    public int Iterations { get; init; } = 5;

    /// <summary>Seed of the per-pass shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Minimum count of a word to enter the tag dictionary.</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>Share of its occurrences the majority tag must have for a word to enter the tag dictionary.</summary>
    public double DictionaryMinShare { get; init; } = 0.97;

    /// <summary>Trains on tagged sentences; reports progress through <paramref name="log"/>.</summary>
    public PosTagger Train(IReadOnlyList<(string[] Words, UniversalTag[] Tags)> sentences, Action<string>? log = null)
    {
        var tagDictionary = BuildTagDictionary(sentences);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(Seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[T];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var (words, gold) = sentences[s];
                var info = new TaggerFeatures.TokenInfo[words.Length];
                TaggerFeatures.Prepare(words, info);
                int prev = -1, prev2 = -2;
                for (var i = 0; i < words.Length; i++)
                {
                    int guess;
                    if (tagDictionary.TryGetValue(info[i].Word, out var known))
                    {
                        guess = (int)known;
                    }
                    else
                    {
                        TaggerFeatures.Extract(info, i, prev, prev2, features);
                        guess = Predict(features, scores);
                        Update((int)gold[i], guess, features);
                    }

                    correct += guess == (int)gold[i] ? 1 : 0;
                    total++;
                    prev2 = prev;
                    prev = guess;
                }
            }

            log?.Invoke($"iteration {iteration + 1}: training accuracy {100.0 * correct / total:F2} %, {_index.Count:N0} features");
            random.Shuffle(order);
        }

        return Finish(tagDictionary);
    }

    private Dictionary<ulong, UniversalTag> BuildTagDictionary(IReadOnlyList<(string[] Words, UniversalTag[] Tags)> sentences)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var (words, tags) in sentences)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var key = TaggerFeatures.WordKey(words[i]);
                if (!counts.TryGetValue(key, out var row))
                {
                    row = new int[T];
                    counts[key] = row;
                }

                row[(int)tags[i]]++;
            }
        }

        var result = new Dictionary<ulong, UniversalTag>();
        foreach (var (key, row) in counts)
        {
            var sum = row.Sum();
            var best = Array.IndexOf(row, row.Max());
            if (sum >= DictionaryMinCount && row[best] >= DictionaryMinShare * sum)
            {
                result[key] = (UniversalTag)best;
            }
        }

        return result;
    }

    private int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_index.TryGetValue(f, out var row))
            {
                var w = _weights.AsSpan(row * T, T);
                for (var t = 0; t < T; t++)
                {
                    scores[t] += w[t];
                }
            }
        }

        var best = 0;
        for (var t = 1; t < T; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return best;
    }

    private void Update(int truth, int guess, ReadOnlySpan<ulong> features)
    {
        _instances++;
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            if (!_index.TryGetValue(f, out var row))
            {
                row = _index.Count;
                _index[f] = row;
                EnsureCapacity((row + 1) * T);
            }

            Bump((row * T) + truth, 1);
            Bump((row * T) + guess, -1);
        }
    }

    private void Bump(int i, float delta)
    {
        _totals[i] += (_instances - _stamps[i]) * (double)_weights[i];
        _stamps[i] = _instances;
        _weights[i] += delta;
    }

    private void EnsureCapacity(int size)
    {
        if (size <= _weights.Length)
        {
            return;
        }

        var capacity = _weights.Length * 2;
        Array.Resize(ref _weights, capacity);
        Array.Resize(ref _totals, capacity);
        Array.Resize(ref _stamps, capacity);
    }

    private PosTagger Finish(Dictionary<ulong, UniversalTag> tagDictionary)
    {
        var averaged = new float[_index.Count * T];
        float maxAbs = 0;
        for (var i = 0; i < averaged.Length; i++)
        {
            var total = _totals[i] + ((_instances - _stamps[i]) * (double)_weights[i]);
            averaged[i] = (float)(total / _instances);
            maxAbs = Math.Max(maxAbs, Math.Abs(averaged[i]));
        }

        var scale = maxAbs > 0 ? short.MaxValue / maxAbs : 1;
        var features = new SortedDictionary<ulong, short[]>();
        foreach (var (key, row) in _index)
        {
            var q = new short[T];
            var any = false;
            for (var t = 0; t < T; t++)
            {
                q[t] = (short)Math.Round(averaged[(row * T) + t] * scale);
                any |= q[t] != 0;
            }

            if (any)
            {
                features[key] = q;
            }
        }

        return PosTagger.Create(features, tagDictionary);
    }
}
