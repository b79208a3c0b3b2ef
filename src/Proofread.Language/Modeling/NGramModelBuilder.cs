using System.Text;
using Proofread.Language.Text;

namespace Proofread.Language.Modeling;

/// <summary>
/// Trains an interpolated modified Kneser–Ney model (Chen and Goodman's three discounts per
/// order) and writes it in back-off form: for every kept n-gram the interpolated probability, for
/// every context its back-off weight. With pruning, the back-off weights are recomputed so each
/// distribution still sums to one. Deterministic: the same corpus gives the same bytes.
/// </summary>
public static class NGramModelBuilder
{
    /// <summary>Builds a model of <paramref name="order"/> from plain-text files, dropping n-grams (order ≥ 2) seen fewer than <paramref name="minCount"/> times.</summary>
    public static NGramModelInfo Build(IEnumerable<string> corpusPaths, int order, int minCount, string outputPath) =>
        Build(corpusPaths, outputPath, new NGramBuildOptions
        {
            Order = order,
            MinCounts = [1, .. Enumerable.Repeat(Math.Max(1, minCount), Math.Max(0, order - 1))],
        });

    /// <summary>Builds a model from the files and writes it to <paramref name="outputPath"/>.</summary>
    /// <exception cref="InvalidDataException">The files hold no text.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The order is not between 1 and 4.</exception>
    public static NGramModelInfo Build(IEnumerable<string> corpusPaths, string outputPath, NGramBuildOptions options, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Order, 4);
        var paths = corpusPaths.ToList();

        // Pass 1: the vocabulary.
        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        long tokens = 0, sentences = 0;
        foreach (var sentence in ReadSentences(paths, options.Format))
        {
            sentences++;
            foreach (var token in sentence)
            {
                tokens++;
                var word = NGramVocabulary.Normalize(token);
                frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
            }
        }

        if (sentences == 0)
        {
            throw new InvalidDataException("The corpus has no text to train on.");
        }

        var words = new List<string> { "<unk>", "<s>", "</s>" };
        words.AddRange(frequencies
            .Where(p => p.Value >= options.MinWordCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(Math.Min(options.MaxVocabulary, NGramVocabulary.MaxSize - NGramVocabulary.FirstWordId))
            .Select(p => p.Key));
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = NGramVocabulary.FirstWordId; i < words.Count; i++)
        {
            ids[words[i]] = i;
        }

        frequencies = null;
        log?.Invoke($"{tokens:N0} tokens, {sentences:N0} sentences, vocabulary {words.Count:N0}");

        // Pass 2: the corpus as one id stream, each sentence framed by <s> and </s>.
        var stream = new List<int>((int)Math.Min(int.MaxValue, tokens + (2 * sentences)));
        foreach (var sentence in ReadSentences(paths, options.Format))
        {
            stream.Add(NGramVocabulary.StartId);
            foreach (var token in sentence)
            {
                stream.Add(ids.GetValueOrDefault(NGramVocabulary.Normalize(token), NGramVocabulary.UnknownId));
            }

            stream.Add(NGramVocabulary.EndId);
        }

        var model = Estimate(stream, words.Count, options, log);
        var info = NGramModelWriter.Write(outputPath, model, words, tokens, sentences, options);
        log?.Invoke(info.ToString());
        return info;
    }

    private static IEnumerable<IReadOnlyList<string>> ReadSentences(List<string> paths, CorpusFormat format)
    {
        foreach (var path in paths)
        {
            if (format == CorpusFormat.Tokenized)
            {
                foreach (var line in File.ReadLines(path, Encoding.UTF8))
                {
                    var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (tokens.Length > 0)
                    {
                        yield return tokens;
                    }
                }
            }
            else
            {
                foreach (var sentence in CorpusTokenizer.Sentences(File.ReadAllText(path, Encoding.UTF8)))
                {
                    if (sentence.Count > 0)
                    {
                        yield return sentence;
                    }
                }
            }
        }
    }

    /// <summary>The estimated model before it is written: per order, sorted keys and log10 values.</summary>
    internal sealed class Estimated
    {
        public required int Order { get; init; }

        public required double[] UnigramLogProb { get; init; }

        public required double[] UnigramLogBackoff { get; init; }

        /// <summary>Index = order (2..N): kept keys ascending, their log10 probabilities and back-offs.</summary>
        public required ulong[][] Keys { get; init; }

        public required double[][] LogProb { get; init; }

        public required double[][] LogBackoff { get; init; }
    }

    private sealed class OrderData
    {
        public ulong[] Keys = [];
        public long[] Raw = [];
        public long[] Adjusted = [];
        public double[] Prob = [];
        public double[] Backoff = [];
        public bool[] Keep = [];
    }

    private static Estimated Estimate(List<int> stream, int vocabularySize, NGramBuildOptions options, Action<string>? log)
    {
        var order = options.Order;
        var data = new OrderData[order + 1];
        for (var n = 2; n <= order; n++)
        {
            data[n] = CountRaw(stream, n);
        }

        // Adjusted counts: the highest order keeps raw counts; lower orders count distinct left
        // extensions, except n-grams that start with <s>, which cannot be extended.
        for (var n = 2; n < order; n++)
        {
            var higher = data[n + 1].Keys;
            var mask = Mask(n);
            var suffixes = new ulong[higher.Length];
            for (var i = 0; i < higher.Length; i++)
            {
                suffixes[i] = higher[i] & mask;
            }

            Array.Sort(suffixes);
            var d = data[n];
            d.Adjusted = new long[d.Keys.Length];
            var j = 0;
            for (var i = 0; i < d.Keys.Length; i++)
            {
                var key = d.Keys[i];
                while (j < suffixes.Length && suffixes[j] < key)
                {
                    j++;
                }

                long continuation = 0;
                while (j < suffixes.Length && suffixes[j] == key)
                {
                    continuation++;
                    j++;
                }

                d.Adjusted[i] = StartsWithStart(key, n) ? d.Raw[i] : continuation;
            }
        }

        if (order >= 2)
        {
            data[order].Adjusted = data[order].Raw;
        }

        // Unigrams: continuation counts from the distinct bigrams (or raw counts for order 1).
        var unigramAdjusted = new long[vocabularySize];
        if (order >= 2)
        {
            foreach (var key in data[2].Keys)
            {
                unigramAdjusted[(int)(key & 0xFFFF)]++;
            }
        }
        else
        {
            foreach (var id in stream)
            {
                unigramAdjusted[id]++;
            }
        }

        unigramAdjusted[NGramVocabulary.StartId] = 0;

        // Unigram probabilities, interpolated with the uniform distribution over the vocabulary.
        var (d1, d2, d3) = Discounts(unigramAdjusted, log, 1);
        var unigramTotal = (double)unigramAdjusted.Sum();
        double unigramMass = 0;
        foreach (var a in unigramAdjusted)
        {
            unigramMass += Discount(a, d1, d2, d3);
        }

        var uniform = 1.0 / (vocabularySize - 1);
        var unigramProb = new double[vocabularySize];
        for (var w = 0; w < vocabularySize; w++)
        {
            unigramProb[w] = w == NGramVocabulary.StartId
                ? 0
                : (Math.Max(unigramAdjusted[w] - Discount(unigramAdjusted[w], d1, d2, d3), 0) / unigramTotal) + (unigramMass / unigramTotal * uniform);
        }

        var unigramBackoff = new double[vocabularySize];
        Array.Fill(unigramBackoff, 1.0);

        // Higher orders, interpolated with the order below.
        for (var n = 2; n <= order; n++)
        {
            var d = data[n];
            (d1, d2, d3) = Discounts(d.Adjusted, log, n);
            d.Prob = new double[d.Keys.Length];
            d.Backoff = new double[d.Keys.Length];
            Array.Fill(d.Backoff, 1.0);
            var lowerMask = Mask(n - 1);
            ForEachContext(d.Keys, (from, to) =>
            {
                double total = 0, mass = 0;
                for (var i = from; i < to; i++)
                {
                    total += d.Adjusted[i];
                    mass += Discount(d.Adjusted[i], d1, d2, d3);
                }

                var gamma = mass / total;
                for (var i = from; i < to; i++)
                {
                    var lower = LowerProb(data, unigramProb, n - 1, d.Keys[i] & lowerMask);
                    d.Prob[i] = ((d.Adjusted[i] - Discount(d.Adjusted[i], d1, d2, d3)) / total) + (gamma * lower);
                }

                SetBackoff(data, unigramBackoff, n - 1, d.Keys[from] >> 16, gamma);
            });
        }

        // Pruning: keep what meets the threshold, then what kept n-grams need as prefix or suffix.
        var pruned = false;
        for (var n = 2; n <= order; n++)
        {
            var d = data[n];
            var threshold = options.MinCount(n);
            pruned |= threshold > 1;
            d.Keep = new bool[d.Keys.Length];
            for (var i = 0; i < d.Keys.Length; i++)
            {
                d.Keep[i] = d.Raw[i] >= threshold;
            }
        }

        for (var n = order; n >= 3; n--)
        {
            var d = data[n];
            var lower = data[n - 1];
            var mask = Mask(n - 1);
            for (var i = 0; i < d.Keys.Length; i++)
            {
                if (d.Keep[i])
                {
                    lower.Keep[Array.BinarySearch(lower.Keys, d.Keys[i] >> 16)] = true;
                    lower.Keep[Array.BinarySearch(lower.Keys, d.Keys[i] & mask)] = true;
                }
            }
        }

        if (pruned)
        {
            Renormalize(data, order, unigramProb, unigramBackoff);
        }

        var result = new Estimated
        {
            Order = order,
            UnigramLogProb = unigramProb.Select(p => p > 0 ? Math.Log10(p) : -99.0).ToArray(),
            UnigramLogBackoff = unigramBackoff.Select(Math.Log10).ToArray(),
            Keys = new ulong[order + 1][],
            LogProb = new double[order + 1][],
            LogBackoff = new double[order + 1][],
        };
        for (var n = 2; n <= order; n++)
        {
            var d = data[n];
            var kept = Enumerable.Range(0, d.Keys.Length).Where(i => d.Keep[i]).ToArray();
            result.Keys[n] = kept.Select(i => d.Keys[i]).ToArray();
            result.LogProb[n] = kept.Select(i => Math.Log10(d.Prob[i])).ToArray();
            result.LogBackoff[n] = kept.Select(i => Math.Log10(d.Backoff[i])).ToArray();
            log?.Invoke($"order {n}: {d.Keys.Length:N0} n-grams, {kept.Length:N0} kept");
        }

        return result;
    }

    // After pruning, each context's back-off weight must give the dropped words exactly the mass
    // their probabilities no longer take: (1 - sum of kept p(w|h)) / (1 - sum of kept p'(w|h')).
    private static void Renormalize(OrderData[] data, int order, double[] unigramProb, double[] unigramBackoff)
    {
        for (var n = 2; n <= order; n++)
        {
            var d = data[n];
            var lowerMask = Mask(n - 1);
            var contexts = new HashSet<ulong>();
            ForEachContext(d.Keys, (from, to) =>
            {
                double kept = 0, keptLower = 0;
                var any = false;
                for (var i = from; i < to; i++)
                {
                    if (!d.Keep[i])
                    {
                        continue;
                    }

                    any = true;
                    kept += d.Prob[i];
                    keptLower += Math.Pow(10, Query(data, unigramProb, unigramBackoff, n - 1, d.Keys[i] & lowerMask));
                }

                var gamma = any ? Math.Max(1e-9, 1 - kept) / Math.Max(1e-9, 1 - keptLower) : 1.0;
                SetBackoff(data, unigramBackoff, n - 1, d.Keys[from] >> 16, gamma);
            });
        }
    }

    // log10 P(w | h) over the pruned model of orders up to n, for key = (h, w) of order n.
    private static double Query(OrderData[] data, double[] unigramProb, double[] unigramBackoff, int n, ulong key)
    {
        var word = (int)(key & 0xFFFF);
        var result = Math.Log10(unigramProb[word]);
        double backoff = 0;
        for (var m = 1; m < n; m++)
        {
            var contextKey = (key >> 16) & Mask(m);
            if (m == 1)
            {
                backoff += Math.Log10(unigramBackoff[(int)contextKey]);
            }
            else
            {
                var c = Array.BinarySearch(data[m].Keys, contextKey);
                if (c < 0 || !data[m].Keep[c])
                {
                    break;
                }

                backoff += Math.Log10(data[m].Backoff[c]);
            }

            var g = Array.BinarySearch(data[m + 1].Keys, key & Mask(m + 1));
            if (g >= 0 && data[m + 1].Keep[g])
            {
                result = Math.Log10(data[m + 1].Prob[g]);
                backoff = 0;
            }
        }

        return result + backoff;
    }

    private static double LowerProb(OrderData[] data, double[] unigramProb, int n, ulong key) =>
        n == 1 ? unigramProb[(int)key] : data[n].Prob[Array.BinarySearch(data[n].Keys, key)];

    private static void SetBackoff(OrderData[] data, double[] unigramBackoff, int n, ulong contextKey, double gamma)
    {
        if (n == 1)
        {
            unigramBackoff[(int)contextKey] = gamma;
        }
        else
        {
            data[n].Backoff[Array.BinarySearch(data[n].Keys, contextKey)] = gamma;
        }
    }

    // Calls back once per run of keys that share their context (all but the last word).
    private static void ForEachContext(ulong[] keys, Action<int, int> action)
    {
        var from = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || (keys[i] >> 16) != (keys[from] >> 16))
            {
                action(from, i);
                from = i;
            }
        }
    }

    private static OrderData CountRaw(List<int> stream, int n)
    {
        var keys = new List<ulong>(stream.Count);
        var sentenceStart = 0;
        for (var i = 0; i < stream.Count; i++)
        {
            if (stream[i] == NGramVocabulary.StartId)
            {
                sentenceStart = i;
            }

            if (i - sentenceStart + 1 >= n)
            {
                ulong key = 0;
                for (var k = i - n + 1; k <= i; k++)
                {
                    key = (key << 16) | (uint)stream[k];
                }

                keys.Add(key);
            }
        }

        var sorted = keys.ToArray();
        keys = null;
        Array.Sort(sorted);
        var unique = new List<ulong>();
        var counts = new List<long>();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1])
            {
                counts[^1]++;
            }
            else
            {
                unique.Add(sorted[i]);
                counts.Add(1);
            }
        }

        return new OrderData { Keys = [.. unique], Raw = [.. counts] };
    }

    private static bool StartsWithStart(ulong key, int n) => (int)(key >> (16 * (n - 1))) == NGramVocabulary.StartId;

    private static ulong Mask(int n) => n >= 4 ? ulong.MaxValue : (1UL << (16 * n)) - 1;

    private static (double D1, double D2, double D3) Discounts(long[] counts, Action<string>? log, int order)
    {
        long n1 = 0, n2 = 0, n3 = 0, n4 = 0;
        foreach (var c in counts)
        {
            switch (c)
            {
                case 1: n1++; break;
                case 2: n2++; break;
                case 3: n3++; break;
                case 4: n4++; break;
            }
        }

        if (n1 == 0 || n2 == 0 || n3 == 0 || n4 == 0)
        {
            return (0.5, 1.0, 1.5);     // tiny corpora: fixed, sensible discounts
        }

        var y = n1 / (n1 + (2.0 * n2));
        var d1 = Math.Clamp(1 - (2 * y * n2 / n1), 0.05, 0.95);
        var d2 = Math.Clamp(2 - (3 * y * n3 / n2), 0.05, 1.95);
        var d3 = Math.Clamp(3 - (4 * y * n4 / n3), 0.05, 2.95);
        log?.Invoke($"order {order}: discounts {d1:F3} {d2:F3} {d3:F3}");
        return (d1, d2, d3);
    }

    private static double Discount(long count, double d1, double d2, double d3) => count switch
    {
        0 => 0,
        1 => d1,
        2 => d2,
        _ => d3,
    };
}
