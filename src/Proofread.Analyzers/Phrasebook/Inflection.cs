namespace Proofread.Analyzers.Phrasebook;

/// <summary>The regular inflections a phrasebook entry's head word may take.</summary>
[Flags]
public enum Inflection
{
    /// <summary>The base form only.</summary>
    None = 0,

    /// <summary>Plural or third person singular: -s, -es, -ies.</summary>
    Plural = 1,

    /// <summary>Past tense or participle: -ed, -d, doubled consonant + -ed, -ied.</summary>
    Past = 2,

    /// <summary>Present participle: -ing, e-dropping, doubled consonant, -ie to -ying.</summary>
    Gerund = 4,

    /// <summary>Every regular inflection.</summary>
    All = Plural | Past | Gerund,
}

/// <summary>Regular English spelling rules for <see cref="Inflection"/>.</summary>
internal static class Inflector
{
    /// <summary>The single inflections, in the order they are tried.</summary>
    public static readonly Inflection[] Singles = [Inflection.Plural, Inflection.Past, Inflection.Gerund];

    // Common irregular past tenses, so that "take* a look" becomes "took a look", not "taked a look".
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["arise"] = "arose", ["bear"] = "bore", ["become"] = "became", ["begin"] = "began", ["bring"] = "brought",
        ["build"] = "built", ["buy"] = "bought", ["catch"] = "caught", ["choose"] = "chose", ["come"] = "came",
        ["cut"] = "cut", ["deal"] = "dealt", ["do"] = "did", ["draw"] = "drew", ["drive"] = "drove",
        ["eat"] = "ate", ["fall"] = "fell", ["feel"] = "felt", ["fight"] = "fought", ["find"] = "found",
        ["fly"] = "flew", ["forget"] = "forgot", ["get"] = "got", ["give"] = "gave", ["go"] = "went",
        ["grow"] = "grew", ["have"] = "had", ["hear"] = "heard", ["hold"] = "held", ["keep"] = "kept",
        ["know"] = "knew", ["lay"] = "laid", ["lead"] = "led", ["leave"] = "left", ["lend"] = "lent",
        ["let"] = "let", ["lose"] = "lost", ["make"] = "made", ["mean"] = "meant", ["meet"] = "met",
        ["pay"] = "paid", ["put"] = "put", ["read"] = "read", ["ride"] = "rode", ["rise"] = "rose",
        ["run"] = "ran", ["say"] = "said", ["see"] = "saw", ["seek"] = "sought", ["sell"] = "sold",
        ["send"] = "sent", ["set"] = "set", ["shake"] = "shook", ["show"] = "showed", ["shut"] = "shut",
        ["sit"] = "sat", ["sleep"] = "slept", ["speak"] = "spoke", ["spend"] = "spent", ["stand"] = "stood",
        ["take"] = "took", ["teach"] = "taught", ["tell"] = "told", ["think"] = "thought", ["throw"] = "threw",
        ["understand"] = "understood", ["wear"] = "wore", ["win"] = "won", ["write"] = "wrote",
    };

    /// <summary>
    /// Every spelling a writer might produce for <paramref name="word"/> inflected as
    /// <paramref name="inflection"/>. Generous on purpose: a spelling that is not English never
    /// occurs in text, so it costs nothing, and the generous set covers words the rules misjudge.
    /// </summary>
    public static IEnumerable<string> Variants(string word, Inflection inflection)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var last = word[^1];
        var stem = word[..^1];
        switch (inflection)
        {
            case Inflection.Plural:
                set.Add(word + "s");
                set.Add(word + "es");
                if (last == 'y' && word.Length > 1 && !IsVowel(word[^2]))
                {
                    set.Add(stem + "ies");
                }

                break;
            case Inflection.Past:
                if (IrregularPast.TryGetValue(word, out var irregular))
                {
                    set.Add(irregular);
                }

                set.Add(word + "ed");
                if (last == 'e')
                {
                    set.Add(word + "d");
                }

                if (last == 'y' && word.Length > 1 && !IsVowel(word[^2]))
                {
                    set.Add(stem + "ied");
                }

                if (CanDouble(word))
                {
                    set.Add(word + last + "ed");
                }

                break;
            case Inflection.Gerund:
                set.Add(word + "ing");
                if (word.EndsWith("ie", StringComparison.Ordinal))
                {
                    set.Add(word[..^2] + "ying");
                }
                else if (last == 'e' && word.Length > 2)
                {
                    set.Add(stem + "ing");
                }

                if (CanDouble(word))
                {
                    set.Add(word + last + "ing");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(inflection), inflection, "Give a single inflection.");
        }

        set.Remove(word);
        return set;
    }

    /// <summary>The one spelling used when <paramref name="word"/> (any case) is inflected as <paramref name="inflection"/>.</summary>
    public static string Apply(string word, Inflection inflection)
    {
        if (inflection == Inflection.None || word.Length == 0)
        {
            return word;
        }

        var lower = word.ToLowerInvariant();
        var last = lower[^1];
        string result;
        switch (inflection)
        {
            case Inflection.Plural:
                if (EndsInSibilant(lower))
                {
                    result = word + "es";
                }
                else if (last == 'y' && lower.Length > 1 && !IsVowel(lower[^2]))
                {
                    result = word[..^1] + "ies";
                }
                else
                {
                    result = word + "s";
                }

                break;
            case Inflection.Past:
                if (IrregularPast.TryGetValue(lower, out var irregular))
                {
                    result = irregular;
                }
                else if (last == 'e')
                {
                    result = word + "d";
                }
                else if (last == 'y' && lower.Length > 1 && !IsVowel(lower[^2]))
                {
                    result = word[..^1] + "ied";
                }
                else if (IsShortCvc(lower))
                {
                    result = word + word[^1] + "ed";
                }
                else
                {
                    result = word + "ed";
                }

                break;
            case Inflection.Gerund:
                if (lower.EndsWith("ie", StringComparison.Ordinal))
                {
                    result = word[..^2] + "ying";
                }
                else if (last == 'e' && lower.Length > 2 && !lower.EndsWith("ee", StringComparison.Ordinal) && !lower.EndsWith("ye", StringComparison.Ordinal) && !lower.EndsWith("oe", StringComparison.Ordinal))
                {
                    result = word[..^1] + "ing";
                }
                else if (IsShortCvc(lower))
                {
                    result = word + word[^1] + "ing";
                }
                else
                {
                    result = word + "ing";
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(inflection), inflection, "Give a single inflection.");
        }

        // Suffixes stay lower case: "CPU" becomes "CPUs"; the caller adjusts case afterwards.
        return result;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsInSibilant(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal);

    // Consonant-vowel-consonant ending, the final consonant one that English doubles.
    private static bool CanDouble(string w) =>
        w.Length >= 3
        && char.IsLetter(w[^1]) && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y')
        && IsVowel(w[^2])
        && !IsVowel(w[^3]);

    // Doubling is only safe to apply (not just to accept) on one-syllable words: stop, plan, ship.
    private static bool IsShortCvc(string w)
    {
        if (!CanDouble(w))
        {
            return false;
        }

        var groups = 0;
        var inVowel = false;
        foreach (var c in w)
        {
            var v = IsVowel(c);
            if (v && !inVowel)
            {
                groups++;
            }

            inVowel = v;
        }

        return groups == 1;
    }
}
