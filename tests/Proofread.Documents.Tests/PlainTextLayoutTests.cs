using System.Text.RegularExpressions;
using CsCheck;

namespace Proofread.Documents.Tests;

public class PlainTextLayoutTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\t\n", "")]
    [InlineData("One line.", "[0..9)")]
    [InlineData("  Indented.  ", "[2..11)")]                                        // trimmed
    [InlineData("Para one\nstill one.\n\nPara two.", "[0..19) [21..30)")]
    [InlineData("Para one\r\nstill one.\r\n \t \r\nPara two.\r\n", "[0..20) [27..36)")] // white-space line is blank
    [InlineData("Lone\rCR\r\rends", "[0..7) [9..13)")]
    [InlineData("Headline Here\nThe body of the article starts on the next line.", "[0..13) [14..62)")] // title-like line
    [InlineData("07 January, 2021\nNorth Korean leader Kim Jong Un stated he would expand.", "[0..16) [17..72)")]
    [InlineData("A list:\n- first item\n- second item\n* third\n1. fourth\n2) fifth", "[0..7) [8..20) [21..34) [35..42) [43..52) [53..61)")]
    [InlineData("Hard-wrapped text keeps going on the\nnext line, which is about as long.", "[0..71)")]
    [InlineData("A short line ending in a comma,\nthen a much longer line that continues the sentence.", "[0..84)")]
    [InlineData("Split at a hyphen is one word: well-\nknown and rather longer continuation here.", "[0..79)")]
    [InlineData("-5 degrees is not a bullet\nand -x neither.", "[0..42)")]
    public void Blocks_are_paragraphs_titles_and_list_items(string text, string blocks)
    {
        var layout = ProseLayout.ForPlainText(text);
        Assert.Same(text, layout.ProseText);
        Assert.Equal(blocks, string.Join(" ", layout.Blocks));
    }

    [Fact]
    public void Random_text_keeps_every_invariant()
    {
        var piece = Gen.Frequency(
            (6, Gen.OneOf("word", "Two words", "A much longer run of several words.", ",", "-", "é", "😀")),
            (3, Gen.OneOf(" ", "\t", "  ")),
            (3, Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n \r\n")),
            (1, Gen.OneOf("- ", "* ", "1. ", "2) ", "• ")));
        piece.Array[0, 40].Select(string.Concat).Sample(text =>
        {
            var layout = ProseLayout.ForPlainText(text);
            MarkdownInvariants.Check(text, layout);
            foreach (var block in layout.Blocks)
            {
                // A block never holds a blank line.
                Assert.All(Regex.Split(text[block.Start..block.End], "\r\n|\r|\n"), line => Assert.False(string.IsNullOrWhiteSpace(line)));
            }
        }, iter: 2000, print: t => t.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
    }
}
