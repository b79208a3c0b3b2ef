namespace Proofread.Findings;

/// <summary>The kind of problem a rule looks for.</summary>
public enum FindingCategory
{
    /// <summary>Spun or tortured phrasing: a word or phrase swapped for an odd synonym.</summary>
    Spin,

    /// <summary>Unknown or misspelt words.</summary>
    Spelling,

    /// <summary>Grammar and usage.</summary>
    Grammar,

    /// <summary>Style: redundancy, wordiness, clichés.</summary>
    Style,

    /// <summary>Readability: long or hard sentences.</summary>
    Readability,
}
