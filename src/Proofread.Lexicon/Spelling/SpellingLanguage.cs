namespace Proofread.Lexicon.Spelling;

/// <summary>The English variety whose spellings are accepted.</summary>
public enum SpellingLanguage
{
    /// <summary>American English; British spellings are reported as variants.</summary>
    EnglishUS,

    /// <summary>British English; American spellings are reported as variants.</summary>
    EnglishGB,
}
