using CsCheck;

namespace Proofread.Tests.Text;

/// <summary>Generators of text shaped like real files: words, every kind of line ending, non-ASCII, emoji.</summary>
internal static class TextGen
{
    /// <summary>Pieces that keep a string free of lone surrogates, NULs and binary-looking controls.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.String[Gen.Char["abcdefghij XYZ.,'"], 1, 8]),
        (2, Gen.OneOf("\n", "\r\n", "\r", "\r\r\n", "\n\r")),
        (1, Gen.OneOf("\t", "é", "ß", "中文", "😀", "\uFEFF", "\u2028", "\f", "\u001B[0m", "—")));

    /// <summary>Valid, non-binary text of up to 40 pieces.</summary>
    public static readonly Gen<string> Text = Piece.Array[0, 40].Select(string.Concat);
}
