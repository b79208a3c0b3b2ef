namespace Proofread.Language.Tagging;

/// <summary>
/// The feature templates of the perceptron tagger, shared by training and tagging so that the two
/// can never disagree. Features are 64-bit hashes of (template, values).
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>How many features <see cref="Extract"/> writes.</summary>
    public const int Count = 17;

    private static readonly ulong Start1 = Hashing.Hash("-START-");
    private static readonly ulong Start2 = Hashing.Hash("-START2-");
    private static readonly ulong End1 = Hashing.Hash("-END-");
    private static readonly ulong End2 = Hashing.Hash("-END2-");
    private static readonly ulong Digits = Hashing.Hash("!DIGITS");
    private static readonly ulong Number = Hashing.Hash("!NUMBER");

    /// <summary>Per-token values computed once per sentence.</summary>
    public struct TokenInfo
    {
        public ulong Word;
        public ulong Suffix3;
        public ulong Suffix2;
        public ulong Prefix1;
        public ulong Shape;
    }

    /// <summary>The word key used by the tag dictionary and the word features.</summary>
    public static ulong WordKey(string word)
    {
        word = Hashing.Respell(word) ?? word;
        var hasDigit = false;
        var allDigits = true;
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                hasDigit = true;
            }
            else if (c is not ('.' or ',' or '-' or '/' or ':'))
            {
                allDigits = false;
            }
        }

        if (hasDigit)
        {
            return allDigits ? Digits : Number;
        }

        return Hashing.HashLower(word);
    }

    public static void Prepare(IReadOnlyList<string> words, Span<TokenInfo> info)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            ref var t = ref info[i];
            t.Word = WordKey(w);
            var span = w.AsSpan();
            t.Suffix3 = Hashing.HashLower(span.Length > 3 ? span[^3..] : span);
            t.Suffix2 = Hashing.HashLower(span.Length > 2 ? span[^2..] : span);
            t.Prefix1 = Hashing.Hash(span.Length > 0 ? span[..1] : span);
            t.Shape = Shape(span, i == 0);
        }
    }

    private static ulong Shape(ReadOnlySpan<char> w, bool first)
    {
        ulong s = 0;
        if (w.Length > 0 && char.IsUpper(w[0]))
        {
            s |= 1;
        }

        var allUpper = w.Length > 1;
        foreach (var c in w)
        {
            if (char.IsLower(c))
            {
                allUpper = false;
            }
            else if (char.IsDigit(c))
            {
                s |= 4;
            }
            else if (c == '-')
            {
                s |= 8;
            }
            else if (c == '.')
            {
                s |= 16;
            }
            else if (c == '\'')
            {
                s |= 32;
            }
        }

        if (allUpper)
        {
            s |= 2;
        }

        if (first)
        {
            s |= 64;
        }

        return s | ((ulong)Math.Min(w.Length, 8) << 8);
    }

    /// <summary>Writes the <see cref="Count"/> features of token <paramref name="i"/> given the two previous tags.</summary>
    public static void Extract(ReadOnlySpan<TokenInfo> info, int i, int prev, int prev2, Span<ulong> features)
    {
        var n = info.Length;
        ref readonly var t = ref info[i];
        var wm1 = i > 0 ? info[i - 1].Word : Start1;
        var wm2 = i > 1 ? info[i - 2].Word : i > 0 ? Start1 : Start2;
        var wp1 = i + 1 < n ? info[i + 1].Word : End1;
        var wp2 = i + 2 < n ? info[i + 2].Word : i + 1 < n ? End1 : End2;
        var sm1 = i > 0 ? info[i - 1].Suffix3 : Start1;
        var sp1 = i + 1 < n ? info[i + 1].Suffix3 : End1;
        var p1 = (ulong)(prev + 1);
        var p2 = (ulong)(prev2 + 1);

        features[0] = Hashing.Mix(1, 0);
        features[1] = Hashing.Mix(2, t.Word);
        features[2] = Hashing.Mix(3, t.Suffix3);
        features[3] = Hashing.Mix(4, t.Suffix2);
        features[4] = Hashing.Mix(5, t.Prefix1);
        features[5] = Hashing.Mix(6, p1);
        features[6] = Hashing.Mix(7, p2);
        features[7] = Hashing.Mix(8, (p1 << 8) | p2);
        features[8] = Hashing.Mix(Hashing.Mix(9, p1), t.Word);
        features[9] = Hashing.Mix(10, wm1);
        features[10] = Hashing.Mix(11, sm1);
        features[11] = Hashing.Mix(12, wm2);
        features[12] = Hashing.Mix(13, wp1);
        features[13] = Hashing.Mix(14, sp1);
        features[14] = Hashing.Mix(15, wp2);
        features[15] = Hashing.Mix(16, t.Shape);
        features[16] = Hashing.Mix(Hashing.Mix(17, t.Word), wp1);
    }
}
