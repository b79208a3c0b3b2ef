namespace Proofread.Language.Tagging;

/// <summary>
/// Maps Brown corpus tokens ("Atlanta's/np$", "didn't/dod*", "it's/pps+bez") to Penn-style tokens
/// with universal tags ("Atlanta"/NOUN "'s"/PRT, "did"/VERB "n't"/ADV, "it"/PRON "'s"/VERB).
/// The table is documented in corpora/README.md.
/// </summary>
public static class BrownTagset
{
    private static readonly Dictionary<string, UniversalTag> BaseTags = Build();

    private static Dictionary<string, UniversalTag> Build()
    {
        var map = new Dictionary<string, UniversalTag>(StringComparer.Ordinal);
        void Add(UniversalTag tag, params string[] tags)
        {
            foreach (var t in tags)
            {
                map[t] = tag;
            }
        }

        Add(UniversalTag.Noun, "nn", "nns", "np", "nps", "nr", "nrs");
        Add(UniversalTag.Verb, "vb", "vbd", "vbg", "vbn", "vbz", "be", "bed", "bedz", "beg", "bem", "ben", "ber", "bez",
            "hv", "hvd", "hvg", "hvn", "hvz", "do", "dod", "doz", "md");
        Add(UniversalTag.Adj, "jj", "jjr", "jjs", "jjt", "od");
        Add(UniversalTag.Adv, "rb", "rbr", "rbt", "rn", "ql", "qlp", "wrb", "abl", "");
        Add(UniversalTag.Pron, "pn", "pp", "pp$", "pp$$", "ppl", "ppls", "ppo", "pps", "ppss", "wpo", "wps", "wp", "wp$");
        Add(UniversalTag.Det, "at", "ap", "abn", "abx", "dt", "dti", "dts", "dtx", "wdt", "ex");
        Add(UniversalTag.Adp, "in", "cs");
        Add(UniversalTag.Conj, "cc");
        Add(UniversalTag.Num, "cd");
        Add(UniversalTag.Prt, "to", "rp");
        Add(UniversalTag.X, "uh", "nil", "fw");
        Add(UniversalTag.Punct, ".", ",", ":", ";", "(", ")", "--", "'", "''", "``", "'", "\"", "?", "!");
        return map;
    }

    /// <summary>Maps one Brown tag (any case, with -tl/-hl/-nc suffixes, fw- prefix, * and $ marks) to a universal tag.</summary>
    public static UniversalTag ToUniversal(string brownTag)
    {
        var tag = StripModifiers(brownTag.ToLowerInvariant(), out var foreign);
        if (foreign)
        {
            return UniversalTag.X;
        }

        var plus = tag.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0)
        {
            tag = tag[..plus];
        }

        if (BaseTags.TryGetValue(tag, out var mapped))
        {
            return mapped;
        }

        tag = tag.TrimEnd('*');
        if (BaseTags.TryGetValue(tag, out mapped))
        {
            return mapped;
        }

        tag = tag.TrimEnd('$');
        return BaseTags.TryGetValue(tag, out mapped) ? mapped : UniversalTag.X;
    }

    /// <summary>
    /// Splits one Brown token into Penn-style tokens with universal tags. Brown's `` and '' become a
    /// straight double quote.
    /// </summary>
    public static IEnumerable<(string Word, UniversalTag Tag)> Split(string word, string brownTag)
    {
        if (word is "``" or "''")
        {
            yield return ("\"", UniversalTag.Punct);
            yield break;
        }

        var tag = StripModifiers(brownTag.ToLowerInvariant(), out var foreign);
        if (foreign)
        {
            yield return (word, UniversalTag.X);
            yield break;
        }

        var parts = tag.Split('+');
        var lower = word.ToLowerInvariant();

        // Negative contractions: "didn't/dod*" -> "did" + "n't".
        if (lower.Length > 3 && lower.EndsWith("n't", StringComparison.Ordinal) && tag.Contains('*', StringComparison.Ordinal))
        {
            yield return (word[..^3], ToUniversal(parts[0]));
            yield return (word[^3..], UniversalTag.Adv);
            yield break;
        }

        var apostrophe = word.IndexOf('\'', 1);
        if (parts.Length > 1 && apostrophe > 0)
        {
            yield return (word[..apostrophe], ToUniversal(parts[0]));
            yield return (word[apostrophe..], ToUniversal(parts[1]));
            yield break;
        }

        var baseTag = parts[0];
        if (baseTag.EndsWith('$') && baseTag is not ("pp$" or "pp$$" or "wp$"))
        {
            if (lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal))
            {
                yield return (word[..^2], ToUniversal(baseTag));
                yield return (word[^2..], UniversalTag.Prt);
                yield break;
            }

            if (lower.Length > 1 && lower.EndsWith('\''))
            {
                yield return (word[..^1], ToUniversal(baseTag));
                yield return ("'", UniversalTag.Prt);
                yield break;
            }
        }

        yield return (word, ToUniversal(tag));
    }

    private static string StripModifiers(string tag, out bool foreign)
    {
        foreign = tag.StartsWith("fw-", StringComparison.Ordinal);
        if (foreign)
        {
            tag = tag[3..];
        }

        // Title, headline and citation markers are suffixes that may repeat: "nn-tl-hl".
        while (true)
        {
            if (tag.EndsWith("-tl", StringComparison.Ordinal) || tag.EndsWith("-hl", StringComparison.Ordinal) || tag.EndsWith("-nc", StringComparison.Ordinal))
            {
                tag = tag[..^3];
                continue;
            }

            return tag;
        }
    }
}
