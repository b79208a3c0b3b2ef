namespace Proofread.Lexicon.Hunspell;

/// <summary>
/// A weighted optimal-string-alignment distance tuned for typing and spelling errors: keyboard
/// neighbours, vowel confusions, swapped and doubled letters cost less than other edits.
/// </summary>
internal static class EditCost
{
    private const double Transpose = 0.7;
    private const double Doubling = 0.6;
    private const double Near = 0.8;
    private const double Full = 1.0;

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>The weighted distance from <paramref name="typed"/> to <paramref name="word"/>, or a value above <paramref name="limit"/>.</summary>
    public static double Distance(string typed, string word, double limit, double[] scratch)
    {
        var n = typed.Length;
        var m = word.Length;
        if (Math.Abs(n - m) * Doubling > limit)
        {
            return double.MaxValue;
        }

        // Three rolling rows: two back (for transpositions), previous, current.
        var width = m + 1;
        if (scratch.Length < 3 * width)
        {
            scratch = new double[3 * width];
        }

        var prev2 = 0;
        var prev = width;
        var cur = 2 * width;
        scratch[prev] = 0;
        for (var j = 1; j <= m; j++)
        {
            scratch[prev + j] = scratch[prev + j - 1] + InsertCost(word, j - 1);
        }

        for (var i = 1; i <= n; i++)
        {
            scratch[cur] = scratch[prev] + DeleteCost(typed, i - 1);
            var rowMin = scratch[cur];
            for (var j = 1; j <= m; j++)
            {
                var a = typed[i - 1];
                var b = word[j - 1];
                var best = scratch[prev + j - 1] + (a == b ? 0 : SubstituteCost(a, b));
                var del = scratch[prev + j] + DeleteCost(typed, i - 1);
                if (del < best)
                {
                    best = del;
                }

                var ins = scratch[cur + j - 1] + InsertCost(word, j - 1);
                if (ins < best)
                {
                    best = ins;
                }

                if (i > 1 && j > 1 && a == word[j - 2] && typed[i - 2] == b && a != b)
                {
                    var t = scratch[prev2 + j - 2] + Transpose;
                    if (t < best)
                    {
                        best = t;
                    }
                }

                scratch[cur + j] = best;
                if (best < rowMin)
                {
                    rowMin = best;
                }
            }

            if (rowMin > limit)
            {
                return double.MaxValue;
            }

            (prev2, prev, cur) = (prev, cur, prev2);
        }

        return scratch[prev + m];
    }

    // A letter typed twice ("untill") or a doubled letter dropped ("ocured") is a cheap error.
    private static double DeleteCost(string typed, int i) =>
        (i > 0 && typed[i - 1] == typed[i]) || (i + 1 < typed.Length && typed[i + 1] == typed[i]) ? Doubling : Full;

    private static double InsertCost(string word, int j) =>
        (j > 0 && word[j - 1] == word[j]) || (j + 1 < word.Length && word[j + 1] == word[j]) ? Doubling : Full;

    private static double SubstituteCost(char a, char b) =>
        a < 128 && b < 128 ? SubstitutionTable[(a << 7) | b] : Full;

    private static readonly double[] SubstitutionTable = BuildSubstitutionTable();

    private static double[] BuildSubstitutionTable()
    {
        var table = new double[128 * 128];
        for (var a = 0; a < 128; a++)
        {
            for (var b = 0; b < 128; b++)
            {
                var ca = (char)a;
                var cb = (char)b;
                table[(a << 7) | b] = a == b ? 0 : (IsVowel(ca) && IsVowel(cb)) || AreNeighbours(ca, cb) ? Near : Full;
            }
        }

        return table;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool AreNeighbours(char a, char b)
    {
        for (var r = 0; r < KeyboardRows.Length; r++)
        {
            var ia = KeyboardRows[r].IndexOf(a, StringComparison.Ordinal);
            if (ia < 0)
            {
                continue;
            }

            if (KeyboardRows[r].IndexOf(b, StringComparison.Ordinal) is var ib && ib >= 0 && Math.Abs(ia - ib) == 1)
            {
                return true;
            }

            // The rows are staggered: a key touches two keys in the row above and below.
            foreach (var other in new[] { r - 1, r + 1 })
            {
                if (other < 0 || other >= KeyboardRows.Length)
                {
                    continue;
                }

                var io = KeyboardRows[other].IndexOf(b, StringComparison.Ordinal);
                if (io >= 0 && (other < r ? io - ia is 0 or 1 : ia - io is 0 or 1))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
