namespace Proofread.Lexicon.Thesaurus;

/// <summary>Where a thesaurus pair comes from and which parts of speech it holds for.</summary>
[Flags]
public enum PairInfo : byte
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>Listed by Moby Thesaurus II.</summary>
    Moby = 1,

    /// <summary>Listed as a synonym by MyThes.</summary>
    MyThes = 2,

    /// <summary>Listed by MyThes as a generic, similar or related term (weaker).</summary>
    MyThesRelated = 4,

    /// <summary>The two share a WordNet synset.</summary>
    WordNet = 8,

    /// <summary>Holds for nouns.</summary>
    Noun = 16,

    /// <summary>Holds for verbs.</summary>
    Verb = 32,

    /// <summary>Holds for adjectives.</summary>
    Adjective = 64,

    /// <summary>Holds for adverbs.</summary>
    Adverb = 128,

    /// <summary>All source bits.</summary>
    AnySource = Moby | MyThes | MyThesRelated | WordNet,

    /// <summary>All part-of-speech bits.</summary>
    AnyPos = Noun | Verb | Adjective | Adverb,
}
