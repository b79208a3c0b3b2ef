namespace Proofread.Analysis;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or periods ("self-imposed", "U.S.").</summary>
    Word,

    /// <summary>The clitic part of a contraction or possessive ("n't", "'s", "'ll").</summary>
    Clitic,

    /// <summary>Digits, with separators, decimals, ordinals or a sign ("1,000", "3.5", "8th").</summary>
    Number,

    /// <summary>Sentence and clause punctuation, quotes and brackets.</summary>
    Punctuation,

    /// <summary>Any other symbol ("%", "$", "&amp;").</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}
