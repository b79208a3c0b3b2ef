namespace Proofread.Language.Tagging;

/// <summary>
/// The twelve universal part-of-speech tags of Petrov, Das and McDonald (2012). Brown tags map
/// onto them through <see cref="BrownTagset"/>.
/// </summary>
public enum UniversalTag : byte
{
    /// <summary>Nouns, proper nouns and adverbial nouns ("home", "Friday").</summary>
    Noun,

    /// <summary>Verbs, including auxiliaries and modals.</summary>
    Verb,

    /// <summary>Adjectives and ordinals.</summary>
    Adj,

    /// <summary>Adverbs, qualifiers ("very") and the negation "not"/"n't".</summary>
    Adv,

    /// <summary>Pronouns, including possessive ones ("his", "whose").</summary>
    Pron,

    /// <summary>Determiners, articles, pre-quantifiers and existential "there".</summary>
    Det,

    /// <summary>Prepositions and subordinating conjunctions (adpositions).</summary>
    Adp,

    /// <summary>Cardinal numbers.</summary>
    Num,

    /// <summary>Coordinating conjunctions.</summary>
    Conj,

    /// <summary>Particles: infinitive "to", verb particles, possessive "'s".</summary>
    Prt,

    /// <summary>Punctuation.</summary>
    Punct,

    /// <summary>Foreign words, interjections, anything else.</summary>
    X,
}

/// <summary>Helpers for <see cref="UniversalTag"/>.</summary>
public static class UniversalTags
{
    /// <summary>The number of tags.</summary>
    public const int Count = 12;

    private static readonly string[] Names = ["NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "NUM", "CONJ", "PRT", ".", "X"];

    /// <summary>The conventional name of the tag ("NOUN", ".", …).</summary>
    public static string Name(this UniversalTag tag) => Names[(int)tag];

    /// <summary>Parses a conventional tag name.</summary>
    public static UniversalTag Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? (UniversalTag)index : throw new FormatException($"Unknown universal tag '{name}'.");
    }

    /// <summary>Whether the tag marks an open-class (content) word.</summary>
    public static bool IsContent(this UniversalTag tag) => tag is UniversalTag.Noun or UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Adv;
}
