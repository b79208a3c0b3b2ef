namespace Proofread.Spin.Build;

/// <summary>Logistic regression by Newton's method with a small L2 penalty (a handful of features only).</summary>
internal static class LogisticRegression
{
    /// <summary>Bias first, then one weight per feature.</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double l2, int iterations = 50)
    {
        var d = x[0].Length + 1;
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var i = 0; i < x.Count; i++)
            {
                var row = Row(x[i]);
                var z = 0.0;
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * row[j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var error = p - (y[i] ? 1 : 0);
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j < d; j++)
                {
                    gradient[j] += error * row[j];
                    for (var k = 0; k < d; k++)
                    {
                        hessian[j, k] += curvature * row[j] * row[k];
                    }
                }
            }

            for (var j = 1; j < d; j++)
            {
                gradient[j] += l2 * x.Count * w[j];
                hessian[j, j] += l2 * x.Count;
            }

            var step = Solve(hessian, gradient);
            var size = 0.0;
            for (var j = 0; j < d; j++)
            {
                w[j] -= step[j];
                size = Math.Max(size, Math.Abs(step[j]));
            }

            if (size < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    private static double[] Row(double[] features) => [1.0, .. features];

    // Gaussian elimination with partial pivoting; the system is tiny.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[r, k] -= f * m[col, k];
                }

                v[r] -= f * v[col];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++)
            {
                s -= m[r, k] * x[k];
            }

            x[r] = s / m[r, r];
        }

        return x;
    }
}
