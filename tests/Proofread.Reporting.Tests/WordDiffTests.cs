using CsCheck;
using Proofread.Reporting.Diff;

namespace Proofread.Reporting.Tests;

public class WordDiffTests
{
    private const string Old = "First line.\n\tThe World Wellbeing Corporation said teh plan.\r\nSame.\nGone line.\n";
    private const string New = "First line.\n\tThe World Health Organization said the plan.\r\nSame.\n";

    [Fact]
    public void A_space_between_two_changed_words_joins_them_into_one_change()
    {
        Assert.Equal<DiffSegment>(
            [
                new DiffSegment(DiffSegmentKind.Equal, "The World "),
                new DiffSegment(DiffSegmentKind.Deleted, "Wellbeing Corporation"),
                new DiffSegment(DiffSegmentKind.Inserted, "Health Organization"),
                new DiffSegment(DiffSegmentKind.Equal, " said "),
                new DiffSegment(DiffSegmentKind.Deleted, "teh"),
                new DiffSegment(DiffSegmentKind.Inserted, "the"),
                new DiffSegment(DiffSegmentKind.Equal, "."),
            ],
            WordDiff.CompareLine("The World Wellbeing Corporation said teh.", "The World Health Organization said the."));
    }

    [Fact]
    public void Compare_pairs_changed_lines_and_numbers_them()
    {
        var hunks = WordDiff.Compare(Old, New);
        Assert.Equal(2, hunks.Length);
        var hunk = hunks[0];
        Assert.Equal((1, 1, 1, 1), (hunk.OldStart, hunk.OldCount, hunk.NewStart, hunk.NewCount));
        var pair = Assert.Single(hunk.Lines);
        Assert.Equal((2, 2), (pair.OldLine, pair.NewLine));
        Assert.Equal("\tThe World Wellbeing Corporation said teh plan.", pair.OldText);
        Assert.Equal("\tThe World Health Organization said the plan.", pair.NewText);
        var gone = Assert.Single(hunks[1].Lines);
        Assert.Equal((3, 1, 3, 0), (hunks[1].OldStart, hunks[1].OldCount, hunks[1].NewStart, hunks[1].NewCount));
        Assert.Equal((4, null, "Gone line.", null), (gone.OldLine, gone.NewLine, gone.OldText, gone.NewText));
    }

    [Fact]
    public void Word_style_marks_changes_inline_without_colour()
    {
        Assert.Equal(
            """
            --- a/docs/a.txt
            +++ b/docs/a.txt
            @@ -2 +2 @@
                The World [-Wellbeing Corporation-]{+Health Organization+} said [-teh-]{+the+} plan.
            @@ -4 +3,0 @@
            [-Gone line.-]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            DiffRenderer.Render(DiffStyle.Word, "./docs/a.txt", Old, New));
    }

    [Fact]
    public void Word_style_colours_changes_when_asked()
    {
        var coloured = DiffRenderer.Word("a.txt", "I saw teh cat.\n", "I saw the cat.\n", color: true);
        Assert.Contains("I saw \e[31mteh\e[0m\e[32mthe\e[0m cat.\n", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("[-", coloured, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_by_side_puts_old_left_and_new_right_wrapping_at_spaces()
    {
        // Width 45: two columns of 19 after the line numbers and the marker; tabs shown as four spaces.
        string[] expected =
        [
            "docs/a.txt (old | new)",
            "2     The World       | 2     The World ",
            "  [-Wellbeing             {+Health ",
            "  Corporation-] said      Organization+} said",
            "  [-teh-] plan.           {+the+} plan.",
            "- ...",
            "4 [-Gone line.-]      <   ",
            string.Empty,
        ];
        Assert.Equal(
            string.Join('\n', expected),
            DiffRenderer.Render(DiffStyle.SideBySide, "docs/a.txt", Old, New, width: 45));
    }

    [Fact]
    public void Equal_texts_give_no_diff_in_any_style()
    {
        foreach (var style in Enum.GetValues<DiffStyle>())
        {
            Assert.Equal(string.Empty, DiffRenderer.Render(style, "a.txt", Old, Old));
        }
    }

    [Fact]
    public void Segments_rebuild_both_lines()
    {
        var words = Gen.OneOf("a", "b", "cat", " ", "  ", ",", "-", "é", "😀");
        var line = words.Array[0, 12].Select(string.Concat);
        Gen.Select(line, line).Sample((oldLine, newLine) =>
        {
            var segments = WordDiff.CompareLine(oldLine, newLine);
            Assert.Equal(oldLine, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Inserted).Select(s => s.Text)));
            Assert.Equal(newLine, string.Concat(segments.Where(s => s.Kind != DiffSegmentKind.Deleted).Select(s => s.Text)));
            Assert.DoesNotContain(segments, s => s.Text.Length == 0);
        });
    }

    [Fact]
    public void Changed_lines_are_the_texts_lines()
    {
        var text = Gen.OneOf("one", "two", "three", "\n", " ", "\r\n").Array[0, 20].Select(string.Concat);
        Gen.Select(text, text).Sample((oldText, newText) =>
        {
            var oldLines = oldText.Split('\n');
            var newLines = newText.Split('\n');
            foreach (var line in WordDiff.Compare(oldText, newText).SelectMany(h => h.Lines))
            {
                if (line.OldLine is { } o)
                {
                    Assert.Equal(oldLines[o - 1].TrimEnd('\r'), line.OldText);
                }

                if (line.NewLine is { } n)
                {
                    Assert.Equal(newLines[n - 1].TrimEnd('\r'), line.NewText);
                }
            }
        });
    }
}
