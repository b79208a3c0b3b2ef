namespace Proofread.Analyzers.Readability;

/// <summary>
/// Estimates English syllables from spelling: vowel groups, less a silent final e, -es or -ed,
/// plus the -le and -n't endings; at least 1 per word. Good enough for readability averages;
/// a pronouncing dictionary replaces it where one is available.
/// </summary>
public sealed class HeuristicSyllableCounter : ISyllableCounter
{
    private HeuristicSyllableCounter()
    {
    }

    /// <summary>The shared instance.</summary>
    public static HeuristicSyllableCounter Instance { get; } = new();

    /// <inheritdoc />
    public int CountSyllables(ReadOnlySpan<char> word)
    {
        // Compounds ("self-imposed") are counted part by part.
        var total = 0;
        var any = false;
        while (!word.IsEmpty)
        {
            var hyphen = word.IndexOfAny('-', '\u2010', '\u2011');
            var part = hyphen < 0 ? word : word[..hyphen];
            word = hyphen < 0 ? [] : word[(hyphen + 1)..];
            var count = CountPart(part);
            if (count > 0)
            {
                total += count;
                any = true;
            }
        }

        return any ? total : 0;
    }

    private static int CountPart(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = stackalloc char[Math.Min(raw.Length, 128)];
        var n = 0;
        var digits = 0;
        var apostropheT = false;
        for (var i = 0; i < raw.Length && n < buffer.Length; i++)
        {
            var c = raw[i];
            if (char.IsLetter(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is '\'' or '\u2019' && i + 1 < raw.Length && raw[i + 1] is 't' or 'T' && i == raw.Length - 2)
            {
                apostropheT = true;
            }
        }

        if (n == 0)
        {
            // A number reads as about one syllable a digit ("1990": nineteen ninety), capped.
            return digits == 0 ? 0 : Math.Min(digits, 4);
        }

        var w = buffer[..n];
        var count = 0;
        var inVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w[i]) || (w[i] == 'y' && i > 0);
            if (vowel && !inVowel)
            {
                count++;
            }

            inVowel = vowel;
        }

        if (count > 1 && w.Length > 2)
        {
            var last = w[^1];
            if (last == 'e' && !IsVowel(w[^2]) && w[^2] != 'y')
            {
                // Silent final e ("make"), but "-le" after a consonant is a syllable ("table").
                if (!(w[^2] == 'l' && w.Length > 2 && !IsVowel(w[^3]) && w[^3] != 'y'))
                {
                    count--;
                }
            }
            else if (w.EndsWith("es") && w.Length > 3 && !IsVowel(w[^3]) && !KeepsEs(w))
            {
                // "makes" but not "boxes", "pages", "tables".
                count--;
            }
            else if (w.EndsWith("ed") && w.Length > 3 && !IsVowel(w[^3]) && w[^3] is not ('t' or 'd'))
            {
                // "jumped" but not "wanted", "needed".
                count--;
            }
            else if (w.EndsWith("ely") && w.Length > 4 && !IsVowel(w[^4]))
            {
                // "lately", "completely".
                count--;
            }
        }

        if (apostropheT && n >= 2 && w[^1] == 'n' && !IsVowel(w[^2]))
        {
            // "didn't", "wasn't" gain a syllable; "don't", "can't" do not.
            count++;
        }

        return Math.Max(1, count);
    }

    private static bool KeepsEs(ReadOnlySpan<char> w)
    {
        var before = w[^3];
        if (before is 's' or 'x' or 'z' or 'c' or 'g')
        {
            return true;
        }

        if (before == 'h' && w.Length > 4 && w[^4] is 'c' or 's')
        {
            return true;
        }

        // "-les" after a consonant, as in "tables".
        return before == 'l' && w.Length > 4 && !IsVowel(w[^4]) && w[^4] != 'y';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
