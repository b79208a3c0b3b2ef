using Proofread.Language.Modeling;

namespace Proofread.Language.Vectors;

/// <summary>
/// Learns <see cref="WordVectors"/>: co-occurrence counts in a ±<see cref="Window"/> window,
/// positive PMI with context-distribution smoothing (α = 0.75), then a randomized truncated SVD
/// (Halko, Martinsson and Tropp) with power iterations; vectors are U·Σ^½, normalised.
/// Deterministic for the same input and seed.
/// </summary>
public sealed class WordVectorsBuilder
{
    /// <summary>Words that get a vector (the most frequent, excluding punctuation).</summary>
    public int TargetWords { get; init; } = 20000;

    /// <summary>Words used as contexts (the most frequent).</summary>
    public int ContextWords { get; init; } = 10000;

    /// <summary>Words each side counted as context.</summary>
    public int Window { get; init; } = 2;

    /// <summary>Dimensions kept.</summary>
    public int Dimensions { get; init; } = 100;

    /// <summary>Seed of the random projection.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Builds vectors from tokenised sentences (read twice).</summary>
    public WordVectors Build(Func<IEnumerable<IReadOnlyList<string>>> sentences, Action<string>? log = null)
    {
        var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sentence in sentences())
        {
            foreach (var token in sentence)
            {
                if (token.Any(char.IsLetter))
                {
                    var w = NGramVocabulary.Normalize(token);
                    frequency[w] = frequency.GetValueOrDefault(w) + 1;
                }
            }
        }

        var ranked = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var targets = ranked.Take(TargetWords).ToArray();
        var targetIndex = targets.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contextIndex = ranked.Take(ContextWords).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var contexts = contextIndex.Count;

        // Co-occurrence counts, key = target * contexts + context.
        var counts = new Dictionary<long, float>();
        var ids = new List<(int Target, int Context)>();
        foreach (var sentence in sentences())
        {
            ids.Clear();
            foreach (var token in sentence)
            {
                var w = NGramVocabulary.Normalize(token);
                ids.Add((targetIndex.GetValueOrDefault(w, -1), contextIndex.GetValueOrDefault(w, -1)));
            }

            for (var i = 0; i < ids.Count; i++)
            {
                if (ids[i].Target < 0)
                {
                    continue;
                }

                for (var j = Math.Max(0, i - Window); j <= Math.Min(ids.Count - 1, i + Window); j++)
                {
                    if (j != i && ids[j].Context >= 0)
                    {
                        var key = ((long)ids[i].Target * contexts) + ids[j].Context;
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        log?.Invoke($"vectors: {targets.Length:N0} targets, {contexts:N0} contexts, {counts.Count:N0} co-occurring pairs");

        // PPMI as a sparse matrix in CSR form.
        var rowSum = new double[targets.Length];
        var colSum = new double[contexts];
        double total = 0;
        foreach (var (key, c) in counts)
        {
            rowSum[key / contexts] += c;
            colSum[key % contexts] += c;
            total += c;
        }

        var smoothed = colSum.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var entries = counts.Where(p => p.Value > 0).OrderBy(p => p.Key).ToArray();
        var rowStart = new int[targets.Length + 1];
        var columns = new List<int>();
        var values = new List<float>();
        var row = 0;
        foreach (var (key, c) in entries)
        {
            var r = (int)(key / contexts);
            var col = (int)(key % contexts);
            var pmi = Math.Log(c / total / (rowSum[r] / total * (smoothed[col] / smoothedTotal)));
            if (pmi <= 0)
            {
                continue;
            }

            while (row < r)
            {
                rowStart[++row] = columns.Count;
            }

            columns.Add(col);
            values.Add((float)pmi);
        }

        while (row < targets.Length)
        {
            rowStart[++row] = columns.Count;
        }

        counts = null;
        var matrix = new SparseMatrix(targets.Length, contexts, rowStart, [.. columns], [.. values]);
        log?.Invoke($"vectors: {matrix.NonZero:N0} positive PMI entries");

        var (u, sigma) = RandomizedSvd(matrix, Dimensions, oversample: 20, powerIterations: 3, Seed);
        var vectors = new float[targets.Length * Dimensions];
        for (var i = 0; i < targets.Length; i++)
        {
            double norm = 0;
            for (var d = 0; d < Dimensions; d++)
            {
                var x = u[i, d] * Math.Sqrt(sigma[d]);
                vectors[(i * Dimensions) + d] = (float)x;
                norm += x * x;
            }

            norm = Math.Sqrt(norm);
            for (var d = 0; d < Dimensions && norm > 0; d++)
            {
                vectors[(i * Dimensions) + d] /= (float)norm;
            }
        }

        return new WordVectors(targets, vectors, Dimensions);
    }

    private sealed record SparseMatrix(int Rows, int Columns, int[] RowStart, int[] Index, float[] Value)
    {
        public int NonZero => Value.Length;

        // Y = A X, X is Columns × k.
        public double[,] Times(double[,] x)
        {
            var k = x.GetLength(1);
            var y = new double[Rows, k];
            for (var r = 0; r < Rows; r++)
            {
                for (var p = RowStart[r]; p < RowStart[r + 1]; p++)
                {
                    var c = Index[p];
                    var v = Value[p];
                    for (var j = 0; j < k; j++)
                    {
                        y[r, j] += v * x[c, j];
                    }
                }
            }

            return y;
        }

        // Z = Aᵀ Y, Y is Rows × k.
        public double[,] TransposeTimes(double[,] y)
        {
            var k = y.GetLength(1);
            var z = new double[Columns, k];
            for (var r = 0; r < Rows; r++)
            {
                for (var p = RowStart[r]; p < RowStart[r + 1]; p++)
                {
                    var c = Index[p];
                    var v = Value[p];
                    for (var j = 0; j < k; j++)
                    {
                        z[c, j] += v * y[r, j];
                    }
                }
            }

            return z;
        }
    }

    private static (double[,] U, double[] Sigma) RandomizedSvd(SparseMatrix a, int rank, int oversample, int powerIterations, int seed)
    {
        var k = Math.Min(rank + oversample, Math.Min(a.Rows, a.Columns));
        var random = new Random(seed);
        var omega = new double[a.Columns, k];
        for (var i = 0; i < a.Columns; i++)
        {
            for (var j = 0; j < k; j++)
            {
                // Box–Muller normal deviates.
                omega[i, j] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            }
        }

        var q = Orthonormalize(a.Times(omega));
        for (var it = 0; it < powerIterations; it++)
        {
            var z = Orthonormalize(a.TransposeTimes(q));
            q = Orthonormalize(a.Times(z));
        }

        // B = Qᵀ A (k × Columns), via Aᵀ Q; then the eigen-decomposition of B Bᵀ (k × k).
        var bt = a.TransposeTimes(q);
        var m = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                double s = 0;
                for (var c = 0; c < a.Columns; c++)
                {
                    s += bt[c, i] * bt[c, j];
                }

                m[i, j] = s;
                m[j, i] = s;
            }
        }

        var (eigenvalues, eigenvectors) = Jacobi(m);
        var order = Enumerable.Range(0, k).OrderByDescending(i => eigenvalues[i]).Take(rank).ToArray();
        var sigma = order.Select(i => Math.Sqrt(Math.Max(0, eigenvalues[i]))).ToArray();
        var u = new double[a.Rows, rank];
        for (var r = 0; r < a.Rows; r++)
        {
            for (var d = 0; d < rank; d++)
            {
                double s = 0;
                for (var j = 0; j < k; j++)
                {
                    s += q[r, j] * eigenvectors[j, order[d]];
                }

                u[r, d] = s;
            }
        }

        return (u, sigma);
    }

    // Modified Gram–Schmidt on the columns.
    private static double[,] Orthonormalize(double[,] y)
    {
        var rows = y.GetLength(0);
        var k = y.GetLength(1);
        for (var j = 0; j < k; j++)
        {
            for (var p = 0; p < j; p++)
            {
                double dot = 0;
                for (var r = 0; r < rows; r++)
                {
                    dot += y[r, j] * y[r, p];
                }

                for (var r = 0; r < rows; r++)
                {
                    y[r, j] -= dot * y[r, p];
                }
            }

            double norm = 0;
            for (var r = 0; r < rows; r++)
            {
                norm += y[r, j] * y[r, j];
            }

            norm = Math.Sqrt(norm);
            for (var r = 0; r < rows; r++)
            {
                y[r, j] = norm > 1e-12 ? y[r, j] / norm : 0;
            }
        }

        return y;
    }

    // Cyclic Jacobi eigen-decomposition of a small symmetric matrix.
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] input)
    {
        var n = input.GetLength(0);
        var a = (double[,])input.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = (c * akp) - (s * akq);
                        a[k, q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = (c * apk) - (s * aqk);
                        a[q, k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = (c * vkp) - (s * vkq);
                        v[k, q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }
}
