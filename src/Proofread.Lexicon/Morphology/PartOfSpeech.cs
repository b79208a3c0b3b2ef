namespace Proofread.Lexicon.Morphology;

/// <summary>The open word classes that WordNet covers.</summary>
public enum PartOfSpeech
{
    /// <summary>Noun.</summary>
    Noun,

    /// <summary>Verb.</summary>
    Verb,

    /// <summary>Adjective.</summary>
    Adjective,

    /// <summary>Adverb.</summary>
    Adverb,
}

/// <summary>An inflected form of a lemma.</summary>
public enum WordForm
{
    /// <summary>The lemma itself.</summary>
    Base,

    /// <summary>Noun plural ("mice").</summary>
    Plural,

    /// <summary>Verb third person singular present ("takes").</summary>
    ThirdPersonSingular,

    /// <summary>Verb simple past ("took").</summary>
    Past,

    /// <summary>Verb past participle ("taken").</summary>
    PastParticiple,

    /// <summary>Verb -ing form ("taking").</summary>
    Gerund,

    /// <summary>Adjective or adverb comparative ("better").</summary>
    Comparative,

    /// <summary>Adjective or adverb superlative ("best").</summary>
    Superlative,
}
