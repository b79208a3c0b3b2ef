using System.Collections.Immutable;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>
/// Finds the substitutions that turned an original text into its spun version by aligning
/// their tokens (longest common subsequence); each maximal run of differing tokens becomes one
/// substitution on the spun side.
/// </summary>
public static class PairAligner
{
    /// <summary>The substitutions in <paramref name="spun"/> relative to <paramref name="original"/>, in order.</summary>
    public static ImmutableArray<Substitution> Align(string spun, string original)
    {
        var s = Document.FromPlainText(spun).Tokens;
        var o = Document.FromPlainText(original).Tokens;

        // Trim the common prefix and suffix first: spun texts share most of their tokens.
        var prefix = 0;
        while (prefix < s.Length && prefix < o.Length && Same(s[prefix], o[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < s.Length - prefix && suffix < o.Length - prefix && Same(s[s.Length - 1 - suffix], o[o.Length - 1 - suffix]))
        {
            suffix++;
        }

        var pairs = Lcs(s, o, prefix, s.Length - suffix, prefix, o.Length - suffix);
        var result = ImmutableArray.CreateBuilder<Substitution>();
        int si = prefix, oi = prefix;
        foreach (var (ms, mo) in pairs.Append((s.Length - suffix, o.Length - suffix)))
        {
            if (ms > si || mo > oi)
            {
                result.Add(Make(spun, original, s, o, si, ms, oi, mo));
            }

            si = ms + 1;
            oi = mo + 1;
        }

        return result.ToImmutable();
    }

    private static bool Same(Token a, Token b) => string.Equals(a.Text, b.Text, StringComparison.Ordinal);

    private static Substitution Make(string spun, string original, ImmutableArray<Token> s, ImmutableArray<Token> o, int s0, int s1, int o0, int o1)
    {
        TextSpan spunSpan;
        if (s1 > s0)
        {
            spunSpan = TextSpan.FromBounds(s[s0].Span.Start, s[s1 - 1].Span.End);
        }
        else
        {
            // A deletion: an empty span where the original words stood.
            var at = s0 < s.Length ? s[s0].Span.Start : spun.Length;
            spunSpan = new TextSpan(at, 0);
        }

        var originalText = o1 > o0 ? original[o[o0].Span.Start..o[o1 - 1].Span.End] : string.Empty;
        return new Substitution(spunSpan, spun.Substring(spunSpan.Start, spunSpan.Length), originalText);
    }

    // Classic dynamic-programming LCS over the middle part; returns matched index pairs in order.
    private static List<(int S, int O)> Lcs(ImmutableArray<Token> s, ImmutableArray<Token> o, int s0, int s1, int o0, int o1)
    {
        int n = s1 - s0, m = o1 - o0;
        var matches = new List<(int, int)>();
        if (n == 0 || m == 0)
        {
            return matches;
        }

        if ((long)n * m > 50_000_000)
        {
            throw new InvalidOperationException($"Texts too different to align ({n} × {m} tokens); align them paragraph by paragraph.");
        }

        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = Same(s[s0 + i], o[o0 + j])
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int a = 0, b = 0;
        while (a < n && b < m)
        {
            if (Same(s[s0 + a], o[o0 + b]))
            {
                matches.Add((s0 + a, o0 + b));
                a++;
                b++;
            }
            else if (table[a + 1, b] >= table[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return matches;
    }
}
