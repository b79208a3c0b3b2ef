namespace Proofread.Analysis;

/// <summary>The capitalisation shape of a token.</summary>
public enum LetterCase
{
    /// <summary>No cased letters ("1990", "—").</summary>
    None,

    /// <summary>All cased letters are lower case ("party").</summary>
    Lower,

    /// <summary>The first letter upper case, the rest lower ("Party").</summary>
    Title,

    /// <summary>Every cased letter upper case ("ICBM"); a single capital letter counts as Title.</summary>
    Upper,

    /// <summary>Anything else ("iPhone", "McDonald").</summary>
    Mixed,
}
